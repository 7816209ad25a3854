'use server';

import { parseInput, runAction, type ActionResult } from '@/lib/core/action-result';
import { getCurrentOrganization } from '@/lib/organization/current';
import { FeedbackSchema } from './schema';
import { storeAccessibilityFeedback } from './mutations';

/** Public: anyone may give accessibility feedback, signed in or not, so there is no actor to check. */
export async function submitAccessibilityFeedbackAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const data = parseInput(FeedbackSchema, input);
    const organization = await getCurrentOrganization();
    return storeAccessibilityFeedback(organization, data);
  });
}
