import { describeCommonComponentPermissions } from '@/tests/factories/component-permission-table';
import { canManagePages, canReadPages } from './permissions';

// Pages follow the common rule: readers see what the space and publication allow; managing pages (create, edit,
// order, delete) is managing the space's components.
describeCommonComponentPermissions('Pages', 'pages', canReadPages, canManagePages);
