import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { MESSAGE_KEYWORD } from './validate-ajv.ts';

/**
 * The ajv configuration of the state and mapping schemas. Only `npm run generate:types` compiles with
 * it: the validators the tool runs are ajv's standalone code for these options, generated into
 * src/state/generated/validate-*.js, so that no command pays for compiling schemas (nor for loading
 * ajv) when it starts.
 */
export function createAjv(options: { standalone?: boolean } = {}): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    // verbose gives each error its parentSchema, where the x-message annotation lives.
    verbose: true,
    strict: true,
    strictTypes: false,
    // if/then and dependencies legitimately require properties declared by the enclosing schema.
    strictRequired: false,
    allowUnionTypes: true,
    // Defaults are filled in by src/config/resolve-config.ts, from one table, not by validation.
    useDefaults: false,
    ...(options.standalone === true ? { code: { source: true, esm: true, lines: true } } : {}),
  });
  ajv.addKeyword({ keyword: MESSAGE_KEYWORD, schemaType: 'string' });
  (addFormats as unknown as (ajv: Ajv, formats: string[]) => Ajv)(ajv, ['date']);
  return ajv;
}
