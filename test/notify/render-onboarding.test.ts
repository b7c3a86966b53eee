import { describe, expect, it } from 'vitest';
import { loadOnboardingTemplates, renderOnboarding, type OnboardingData } from '../../src/notify/index.ts';
import { repoRoot } from '../helpers/tmp-dir.ts';

const DATA: OnboardingData = {
  firstname: 'Zoé',
  lastname: '<Test>',
  login: 'ztest',
  password: 'Pw3xample9Kq7Mn2',
  extension: '6742',
  didNational: '0123456742',
  didInternational: '+33 1 23 45 67 42',
  voicemail: '6742',
  pin: '123456',
  agent: null,
  siteText: 'Votre téléphone vous attend à l’accueil.',
};

describe('renderOnboarding', () => {
  it('renders the shipped French template: numbers, credentials, optional sections left out when empty', async () => {
    const templates = await loadOnboardingTemplates(repoRoot);
    const fr = templates.get('fr');
    if (!fr) throw new Error('no French template shipped');

    const mail = renderOnboarding(fr, DATA);

    expect(mail.subject).toBe('Votre téléphone : poste 6742');
    expect(mail.text).toMatchInlineSnapshot(`
      "Bonjour Zoé,

      Votre compte de téléphonie est prêt.

      Identifiant : ztest
      Mot de passe : Pw3xample9Kq7Mn2
      Poste : 6742
      Numéro direct : 0123456742 (depuis l'étranger : +33 1 23 45 67 42)
      Messagerie vocale : composez 6742, code 123456

      Votre téléphone vous attend à l’accueil.

      Changez votre mot de passe à la première connexion.
      "
    `);
    expect(mail.html).not.toContain('Numéro d&#39;agent');
    expect(mail.html).toContain('<td>Poste</td><td>6742</td>');
  });

  it('escapes directory values in the HTML part, and keeps the subject on one line', async () => {
    const en = (await loadOnboardingTemplates(repoRoot)).get('en');
    if (!en) throw new Error('no English template shipped');

    const mail = renderOnboarding(
      { ...en, subject: 'Hi {{name}}' },
      { ...DATA, firstname: '<script>x</script>', lastname: 'A\nB', didNational: null, agent: '86742' },
    );

    expect(mail.subject).toBe('Hi <script>x</script> A B');
    expect(mail.html).toContain('<p>Hello &lt;script&gt;x&lt;/script&gt;,</p>');
    expect(mail.text).not.toContain('Direct number');
    expect(mail.text).toContain('Call-center agent number: 86742\n');
  });

  it('names an unknown placeholder instead of sending a broken mail', () => {
    expect(() => renderOnboarding({ subject: 'x', text: '{{pasword}}', html: '' }, DATA)).toThrow(
      /unknown placeholder \{\{pasword\}\}/,
    );
  });
});
