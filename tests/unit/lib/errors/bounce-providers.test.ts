import { describe, expect, it } from 'vitest';
import { analyze, expectDiagnosis, RELAY, SPF } from './bounce-expect.ts';
import { PROVIDER_CASES, type Provider } from './bounce-provider-cases.ts';

describe('analyzeReport: the rejections the big providers document, in their real formats', () => {
  it.each(PROVIDER_CASES.map((c) => [`${c.provider}: ${c.name}`, c] as const))('diagnoses %s', (title, c) => {
    expectDiagnosis(title, analyze(c.text), c.expected);
  });

  it('has cases from each of the six providers and servers, DNS failures of both kinds among them', () => {
    const count = (provider: Provider) => PROVIDER_CASES.filter((c) => c.provider === provider).length;
    for (const provider of ['Microsoft 365', 'Outlook.com', 'Gmail', 'Yahoo', 'Postfix', 'Exim'] as const) expect(count(provider), provider).toBeGreaterThanOrEqual(4);
    const dns = PROVIDER_CASES.filter((c) => c.expected.problem === 'domain-not-found');
    expect(new Set(dns.map((c) => c.expected.outcome))).toEqual(new Set(['temporary', 'permanent']));
  });
});

describe('analyzeReport: failed SPF, DKIM and DMARC checks are no SMTP login problem', () => {
  it.each(['5.7.23', '5.7.24', '5.7.26', '5.7.27'])('reads a bare %s as the sending domain’s authentication', (code) => {
    const analysis = analyze(`550 ${code}`);
    expect(analysis.actor).toBe('domain-admin');
    expect(analysis.recommendations[0]?.url).toMatch(new RegExp(`^${SPF}`));
  });

  it('keeps RFC 3463’s login reading of 5.7.9 when nothing names a check of the domain', () => {
    expect(analyze('535 5.7.9 Authentication mechanism is too weak').problem).toBe('encryption');
    expect(analyze('550 5.7.9 This mail has been blocked because the sender is unauthenticated.').problem).toBe('dmarc');
  });

  it('does not take “Gmail requires all senders to authenticate” for a missing SMTP login', () => {
    const analysis = analyze('550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication required.');
    expect(analysis.problem).toBe('dmarc');
    expect(analysis.recommendations.map((r) => r.url)).not.toContain(`${RELAY}#what-it-means`);
  });
});

describe('analyzeReport: what no article covers', () => {
  it('says what Gmail’s reverse DNS rejection (5.7.25) means and that it is permanent, without pointing to an article', () => {
    const analysis = analyze(`550-5.7.25 The IP address sending this message does not have a PTR record setup, or
550-5.7.25 the corresponding forward DNS entry does not match the sending IP. As a policy,
550 5.7.25 Gmail does not accept messages from IPs with missing PTR records.`);
    expect(analysis).toMatchObject({ status: 'diagnosed', outcome: 'permanent', recommendations: [] });
    expect(analysis.summary).toBe(analysis.standard?.plain);
    expect(analysis.standard?.detailTitle).toBe('Reverse DNS validation failed');
  });
});
