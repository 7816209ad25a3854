import { describeCommonComponentPermissions } from '@/tests/factories/component-permission-table';
import { canManageNews, canReadNews } from './permissions';

// News follows the common rule: readers see what the space and publication allow; managing news (write, schedule,
// pin, unpublish, delete drafts) is managing the space's components.
describeCommonComponentPermissions('News', 'news', canReadNews, canManageNews);
