import { describe, expect, it } from 'vitest';
import {
  MappingError,
  TemplateValueError,
  parseTemplate,
  renderTemplate,
  toAscii,
} from '../../src/mapping/index.ts';

const values: Record<string, string[]> = {
  givenname: ['Jean-Loïc'],
  sn: ["D'Arvor"],
  cn: ['  Zoé Chassagne-Müller  '],
  mail: ['First@Example.com', 'second@example.com'],
  telephonenumber: ['+33 (0)1 23 45 67 89'],
  empty: [''],
  lastname: ['Œuvrard'],
};
const lookup = (name: string): string[] | undefined => values[name];
const render = (template: string, country = 'FR'): string =>
  renderTemplate(parseTemplate(template), lookup, { country });

describe('templates', () => {
  it.each([
    ['{{givenName}} {{sn}}', "Jean-Loïc D'Arvor"],
    ['{{GIVENNAME|lower}}', 'jean-loïc'],
    ['{{ givenName | lower }}', 'jean-loïc'],
    ['{{sn|upper}}', "D'ARVOR"],
    ['[{{cn|trim}}]', '[Zoé Chassagne-Müller]'],
    ['{{cn|trim|ascii}}', 'Zoe Chassagne-Muller'],
    ['{{lastname|ascii}}', 'OEuvrard'],
    ['{{givenName|initial}}.{{sn}}', "J.D'Arvor"],
    ['{{telephoneNumber|digits}}', '330123456789'],
    ['{{telephoneNumber|e164}}', '+33123456789'],
    ['{{givenName|left(4)}}', 'Jean'],
    ['{{ givenName | left( 4 ) }}', 'Jean'],
    ['{{givenName|right(3)}}', 'oïc'],
    ['{{givenName|right(0)}}', ''],
    ['{{sn|replace("\'", "")|lower}}', 'darvor'],
    ['{{givenName|replace("-", " ")}}', 'Jean Loïc'],
    ['{{givenName|replace(-, _)}}', 'Jean_Loïc'],
    ['{{sn|replace("}}", x)}}', "D'Arvor"],
    ['{{missing|default(n/a)}}', 'n/a'],
    ['{{empty|default("none")}}', 'none'],
    ['{{mail}}', 'First@Example.com'],
    ['{{mail|first|lower}}', 'first@example.com'],
    ['{{mail|join("; ")}}', 'First@Example.com; second@example.com'],
    ['{{missing}}x', 'x'],
    ['no placeholder', 'no placeholder'],
  ])('%s → %s', (template, expected) => {
    expect(render(template)).toBe(expected);
  });

  it.each([
    ['{"id": 7} } { {', '{"id": 7} } { {'],
    ['{{{sn}}}', "{D'Arvor}"],
    ['}}{{sn}}', "}}D'Arvor"],
    ['{{"{{"}}literal}} {{sn}}', "{{literal}} D'Arvor"],
    ['{{ "{sn}" }}', '{sn}'],
    ['{{"\\"quoted\\""}}', '"quoted"'],
  ])('single braces and quoted literals are text: %s → %s', (template, expected) => {
    expect(render(template)).toBe(expected);
  });

  it('lists the names a template reads, lower-cased, once', () => {
    expect(parseTemplate('{{givenName}} {{GivenName|lower}} {{ sn }}').names).toEqual(['givenname', 'sn']);
  });

  it.each([
    ['{{givenName', /position 1: unclosed "\{\{" \(a placeholder ends with "\}\}"\)/],
    ['a {{givenName} {{sn}}', /position 3: unclosed "\{\{"/],
    [
      '{givenName} {sn}',
      /position 1: single braces are literal text: write \{\{givenName\}\} for a placeholder/,
    ],
    ['{{sn}} {mail|lower}', /position 8: single braces .* write \{\{mail\|\.\.\.\}\}/],
    ['{{}}', /position 3: "" is not an attribute name/],
    ['{{ given name }}', /position 4: "given name" is not an attribute name/],
    ['{{sn|shout}}', /position 6: unknown filter "shout"/],
    ['{{ sn | shout }}', /position 9: unknown filter "shout"/],
    ['{{sn|left}}', /filter left takes 1 argument/],
    ['{{sn|left(x)}}', /left needs a whole number/],
    ['{{sn|replace(a)}}', /replace takes 2 argument/],
    ['{{sn|replace("a, b)}}', /position 14: unclosed quote/],
    ['{{"{{" x}}', /position 8: unexpected text "x" after the quoted literal/],
    ['{{"{{"|lower}}', /a quoted literal takes no filters/],
  ])('rejects %j naming the template and position', (template, message) => {
    expect(() => parseTemplate(template)).toThrow(MappingError);
    expect(() => parseTemplate(template)).toThrow(message);
    expect(() => parseTemplate(template)).toThrow(JSON.stringify(template));
  });

  it('fails on a missing value only when required, and on a bad phone number with the attribute and value', () => {
    expect(() => renderTemplate(parseTemplate('{{missing}}'), lookup, { required: true })).toThrow(
      /missing has no value/,
    );
    expect(renderTemplate(parseTemplate('{{missing|default(x)}}'), lookup, { required: true })).toBe('x');
    values['bad'] = ['12'];
    try {
      render('{{bad|e164}}');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateValueError);
      expect(error).toMatchObject({ attribute: 'bad', value: '12' });
    }
  });

  it('never evaluates code', () => {
    expect(render('{{constructor}}')).toBe('');
    expect(() => parseTemplate('{{sn|constructor}}')).toThrow(/unknown filter/);
    expect(() => parseTemplate('{{process.exit(1)}}')).toThrow(
      /"process.exit\(1\)" is not an attribute name/,
    );
    expect(render('${process.exit(1)}')).toBe('${process.exit(1)}');
  });

  it('strips diacritics but keeps other characters', () => {
    expect(toAscii("Ça, c'est Noël à Łódź — ß")).toBe("Ca, c'est Noel a Lodz — ss");
  });
});
