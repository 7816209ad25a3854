'use server';

import { parseInput, runAction, type ActionResult } from '@/lib/core/action-result';
import { headers } from 'next/headers';
import { getCurrentOrganization } from '@/lib/organization/current';
import { clientIp, consumeRateLimit } from '@/lib/auth/rate-limit';
import { FeedbackSchema } from './schema';
import { storeAccessibilityFeedback } from './mutations';

/** Public: anyone may give accessibility feedback, signed in or not, so there is no actor to check;
 * a per-address rate limit keeps the form from being used to flood the mailbox. */
export async function submitAccessibilityFeedbackAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const data = parseInput(FeedbackSchema, input);
    await consumeRateLimit('feedbackIp', clientIp(await headers()));
    const organization = await getCurrentOrganization();
    return storeAccessibilityFeedback(organization, data);
  });
}
