import { describe, expect, it } from 'vitest';
import { clientIp } from './rate-limit';

describe('clientIp', () => {
  it.each([
    [{ 'x-forwarded-for': '198.51.100.7' }, '198.51.100.7'],
    // A client-sent value stands to the left of what the load balancer appended.
    [{ 'x-forwarded-for': '6.6.6.6, 198.51.100.7' }, '198.51.100.7'],
    [{ 'x-forwarded-for': ['10.0.0.1', '203.0.113.9'] }, '203.0.113.9'],
    [{ 'x-forwarded-for': ' , ' }, 'unknown'],
    [{}, 'unknown'],
  ])('%j → %s', (headers, expected) => {
    expect(clientIp(headers)).toBe(expected);
  });

  it('reads Headers objects too', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '1.2.3.4, 5.6.7.8' }))).toBe('5.6.7.8');
  });
});
