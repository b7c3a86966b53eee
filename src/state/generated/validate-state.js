/* eslint-disable */
/**
 * Generated from schemas/user.schema.json, schemas/quarantine.schema.json by `npm run generate:types`
 * (ajv standalone code, with the options of src/state/create-ajv.ts).
 * Do not edit: change the schema and regenerate.
 */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export const validateUser = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"UserState","description":"Desired telephony state of one person, one file per person under state/users/<key>.json. Produced by `xivo-sync export`, reviewed in a pull request, converged by `xivo-sync apply`. A null or absent resource (line, did, voicemail, agent) means that resource must not exist in XiVO. Holds no secrets and no timestamp that changes on every export.","type":"object","additionalProperties":false,"required":["key","status","dn","site","user"],"properties":{"$schema":{"description":"Relative path to this schema, so editors validate and complete the file.","type":"string","maxLength":256},"key":{"description":"Stable identifier of the person (entryUUID, objectGUID as a canonical GUID string, employeeNumber...). Never the DN. Must equal the file name without `.json`; the pattern forbids `/` and a leading `.` so a key can never escape state/users/.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$","x-message":"must be 1 to 128 letters, digits, '.', '_' or '-', starting with a letter or digit (the key is the file name, so no '/' or '..')"},"status":{"description":"`active`: the person is in the directory and enabled. `disabled`: disabled in the directory or missing from it; XiVO disables the user (numbers kept) and removes it after the grace period.","type":"string","enum":["active","disabled"]},"since":{"description":"Date (UTC, YYYY-MM-DD) the person was first seen disabled or missing. Required when status is `disabled`, forbidden when `active`.","type":"string","format":"date"},"dn":{"description":"Distinguished name of the directory entry at the last export (informative: the key, not the DN, identifies the person).","type":"string","minLength":1,"maxLength":1024},"site":{"description":"Name of the site (from mappings/ `sites[].name`) the person belongs to.","type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"user":{"$ref":"#/definitions/XivoUserFields"},"line":{"description":"The user's SIP line and its extension, or null for no line.","anyOf":[{"$ref":"#/definitions/LineAssignment"},{"type":"null"}]},"did":{"description":"The direct inward dialling number routed to the user (an incall), or null for none.","anyOf":[{"$ref":"#/definitions/DidAssignment"},{"type":"null"}]},"voicemail":{"description":"The user's voicemail box, or null for none. Its PIN is generated at apply time and never stored.","anyOf":[{"$ref":"#/definitions/VoicemailAssignment"},{"type":"null"}]},"agent":{"description":"The call-center agent linked to the user, or null for none.","anyOf":[{"$ref":"#/definitions/AgentAssignment"},{"type":"null"}]},"callPermissions":{"description":"Names of the XiVO call permissions the user holds (confd call_permission name rule).","type":"array","uniqueItems":true,"maxItems":64,"items":{"type":"string","pattern":"^[a-z0-9_-]{1,128}$"}},"contact":{"$ref":"#/definitions/ContactFields"}},"if":{"properties":{"status":{"const":"disabled"}},"required":["status"]},"then":{"x-message":"since (YYYY-MM-DD) is required when status is disabled","required":["since"]},"else":{"x-message":"since is only allowed when status is disabled","not":{"required":["since"]}},"definitions":{"XivoUserFields":{"title":"XivoUserFields","description":"XiVO confd user fields, with confd's own validation rules (xivo-confd plugins/user/schema.py). Secrets (password, call_permission_password) are deliberately absent.","type":"object","additionalProperties":false,"required":["firstname"],"properties":{"firstname":{"type":"string","minLength":1,"maxLength":128},"lastname":{"type":["string","null"],"maxLength":128},"email":{"description":"Unique among XiVO users.","type":["string","null"],"maxLength":254,"pattern":"^[^@\\s]+@[^@\\s]+$"},"username":{"description":"CTI login, unique among XiVO users.","type":["string","null"],"pattern":"^[a-zA-Z0-9-._~!$&'()*+,;=%@]{2,254}$"},"language":{"description":"Locale such as fr_FR.","type":["string","null"],"pattern":"^[a-z]{2}_[A-Z]{2}$"},"timezone":{"type":["string","null"],"maxLength":128},"mobile_phone_number":{"type":["string","null"],"maxLength":80,"pattern":"^\\+?[0-9*#]+$"},"caller_id":{"description":"Internal caller id, e.g. \"Alice Martin\" or \"Alice Martin\" <1042>.","type":["string","null"],"maxLength":160,"pattern":"^\"(.*)\"( <\\+?\\d+>)?$"},"outgoing_caller_id":{"description":"`default`, `anonymous` or \"Name\" <number>.","type":["string","null"],"maxLength":80,"pattern":"^(default|anonymous|\"[^\"]*\" <\\+?[0-9]+>)$"},"description":{"type":["string","null"],"maxLength":1024},"userfield":{"description":"Free field. Must stay unset when mappings/ `identity.xivoField` is `userfield`: the tool writes the key there.","type":["string","null"],"maxLength":128},"music_on_hold":{"type":["string","null"],"maxLength":128},"preprocess_subroutine":{"type":["string","null"],"maxLength":39},"call_transfer_enabled":{"type":"boolean"},"dtmf_hangup_enabled":{"type":"boolean"},"call_record_enabled":{"type":"boolean"},"online_call_record_enabled":{"type":"boolean"},"supervision_enabled":{"type":"boolean"},"ring_seconds":{"type":"integer","minimum":0,"maximum":60},"simultaneous_calls":{"type":"integer","minimum":1,"maximum":20}}},"LineAssignment":{"title":"LineAssignment","type":"object","additionalProperties":false,"required":["context","extension"],"properties":{"context":{"$ref":"#/definitions/ContextName"},"extension":{"description":"Internal extension (digits, * or #; no dial patterns). Unique per context and inside the site's extension ranges.","type":"string","pattern":"^[*#0-9]{1,40}$"}}},"DidAssignment":{"title":"DidAssignment","type":"object","additionalProperties":false,"required":["number","exten","context"],"properties":{"number":{"description":"The public number in E.164, e.g. +33123456742. Unique across all users.","type":"string","pattern":"^\\+[1-9][0-9]{1,14}$"},"exten":{"description":"The incall extension as the trunk delivers it to XiVO (e.g. 0123456742 or 6742), per the site's incallFormat.","type":"string","pattern":"^\\+?[*#0-9]{1,40}$"},"context":{"$ref":"#/definitions/ContextName"}}},"VoicemailAssignment":{"title":"VoicemailAssignment","type":"object","additionalProperties":false,"required":["number","context","name"],"properties":{"number":{"description":"Voicemail box number; (number, context) is unique.","type":"string","pattern":"^[0-9]{1,40}$"},"context":{"$ref":"#/definitions/ContextName"},"name":{"type":"string","minLength":1,"maxLength":80},"email":{"type":"string","maxLength":80,"pattern":"^[^@\\s]+@[^@\\s]+$"},"language":{"type":"string","pattern":"^[a-z]{2}_[A-Z]{2}$"},"timezone":{"description":"A zonemessages name configured in XiVO, e.g. eu-fr.","type":"string","maxLength":128}}},"AgentAssignment":{"title":"AgentAssignment","type":"object","additionalProperties":false,"required":["number","context"],"properties":{"number":{"description":"Agent number, unique across all users.","type":"string","pattern":"^[0-9*#]{1,40}$"},"context":{"$ref":"#/definitions/ContextName"}}},"ContextName":{"description":"Name of a XiVO context (≤39 characters).","type":"string","pattern":"^[A-Za-z0-9_-]{1,39}$"},"ContactFields":{"title":"ContactFields","description":"Directory-sheet fields carried along for the XiVO directory and the onboarding e-mail.","type":"object","additionalProperties":false,"properties":{"title":{"$ref":"#/definitions/ContactValue"},"department":{"$ref":"#/definitions/ContactValue"},"location":{"$ref":"#/definitions/ContactValue"},"manager":{"$ref":"#/definitions/ContactValue"},"company":{"$ref":"#/definitions/ContactValue"},"office":{"$ref":"#/definitions/ContactValue"},"phone":{"$ref":"#/definitions/ContactValue"},"mobile":{"$ref":"#/definitions/ContactValue"},"fax":{"$ref":"#/definitions/ContactValue"},"employeeId":{"$ref":"#/definitions/ContactValue"},"costCenter":{"$ref":"#/definitions/ContactValue"},"division":{"$ref":"#/definitions/ContactValue"},"building":{"$ref":"#/definitions/ContactValue"},"assistant":{"$ref":"#/definitions/ContactValue"}}},"ContactValue":{"type":"string","maxLength":256}}};
const schema12 = {"title":"XivoUserFields","description":"XiVO confd user fields, with confd's own validation rules (xivo-confd plugins/user/schema.py). Secrets (password, call_permission_password) are deliberately absent.","type":"object","additionalProperties":false,"required":["firstname"],"properties":{"firstname":{"type":"string","minLength":1,"maxLength":128},"lastname":{"type":["string","null"],"maxLength":128},"email":{"description":"Unique among XiVO users.","type":["string","null"],"maxLength":254,"pattern":"^[^@\\s]+@[^@\\s]+$"},"username":{"description":"CTI login, unique among XiVO users.","type":["string","null"],"pattern":"^[a-zA-Z0-9-._~!$&'()*+,;=%@]{2,254}$"},"language":{"description":"Locale such as fr_FR.","type":["string","null"],"pattern":"^[a-z]{2}_[A-Z]{2}$"},"timezone":{"type":["string","null"],"maxLength":128},"mobile_phone_number":{"type":["string","null"],"maxLength":80,"pattern":"^\\+?[0-9*#]+$"},"caller_id":{"description":"Internal caller id, e.g. \"Alice Martin\" or \"Alice Martin\" <1042>.","type":["string","null"],"maxLength":160,"pattern":"^\"(.*)\"( <\\+?\\d+>)?$"},"outgoing_caller_id":{"description":"`default`, `anonymous` or \"Name\" <number>.","type":["string","null"],"maxLength":80,"pattern":"^(default|anonymous|\"[^\"]*\" <\\+?[0-9]+>)$"},"description":{"type":["string","null"],"maxLength":1024},"userfield":{"description":"Free field. Must stay unset when mappings/ `identity.xivoField` is `userfield`: the tool writes the key there.","type":["string","null"],"maxLength":128},"music_on_hold":{"type":["string","null"],"maxLength":128},"preprocess_subroutine":{"type":["string","null"],"maxLength":39},"call_transfer_enabled":{"type":"boolean"},"dtmf_hangup_enabled":{"type":"boolean"},"call_record_enabled":{"type":"boolean"},"online_call_record_enabled":{"type":"boolean"},"supervision_enabled":{"type":"boolean"},"ring_seconds":{"type":"integer","minimum":0,"maximum":60},"simultaneous_calls":{"type":"integer","minimum":1,"maximum":20}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "u");
const pattern1 = new RegExp("^[a-z0-9][a-z0-9_-]{0,63}$", "u");
const pattern2 = new RegExp("^[^@\\s]+@[^@\\s]+$", "u");
const pattern3 = new RegExp("^[a-zA-Z0-9-._~!$&'()*+,;=%@]{2,254}$", "u");
const pattern4 = new RegExp("^[a-z]{2}_[A-Z]{2}$", "u");
const pattern5 = new RegExp("^\\+?[0-9*#]+$", "u");
const pattern6 = new RegExp("^\"(.*)\"( <\\+?\\d+>)?$", "u");
const pattern7 = new RegExp("^(default|anonymous|\"[^\"]*\" <\\+?[0-9]+>)$", "u");
const pattern19 = new RegExp("^[a-z0-9_-]{1,128}$", "u");
const formats0 = require("ajv-formats/dist/formats").fullFormats.date;
const schema13 = {"title":"LineAssignment","type":"object","additionalProperties":false,"required":["context","extension"],"properties":{"context":{"$ref":"#/definitions/ContextName"},"extension":{"description":"Internal extension (digits, * or #; no dial patterns). Unique per context and inside the site's extension ranges.","type":"string","pattern":"^[*#0-9]{1,40}$"}}};
const schema14 = {"description":"Name of a XiVO context (≤39 characters).","type":"string","pattern":"^[A-Za-z0-9_-]{1,39}$"};
const pattern8 = new RegExp("^[A-Za-z0-9_-]{1,39}$", "u");
const pattern9 = new RegExp("^[*#0-9]{1,40}$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.context === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "context"},message:"must have required property '"+"context"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.extension === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "extension"},message:"must have required property '"+"extension"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "context") || (key0 === "extension"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.context !== undefined){
let data0 = data.context;
if(typeof data0 === "string"){
if(!pattern8.test(data0)){
const err3 = {instancePath:instancePath+"/context",schemaPath:"#/definitions/ContextName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,39}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,39}$"+"\"",schema:"^[A-Za-z0-9_-]{1,39}$",parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/context",schemaPath:"#/definitions/ContextName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.extension !== undefined){
let data1 = data.extension;
if(typeof data1 === "string"){
if(!pattern9.test(data1)){
const err5 = {instancePath:instancePath+"/extension",schemaPath:"#/properties/extension/pattern",keyword:"pattern",params:{pattern: "^[*#0-9]{1,40}$"},message:"must match pattern \""+"^[*#0-9]{1,40}$"+"\"",schema:"^[*#0-9]{1,40}$",parentSchema:schema13.properties.extension,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/extension",schemaPath:"#/properties/extension/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.extension.type,parentSchema:schema13.properties.extension,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema15 = {"title":"DidAssignment","type":"object","additionalProperties":false,"required":["number","exten","context"],"properties":{"number":{"description":"The public number in E.164, e.g. +33123456742. Unique across all users.","type":"string","pattern":"^\\+[1-9][0-9]{1,14}$"},"exten":{"description":"The incall extension as the trunk delivers it to XiVO (e.g. 0123456742 or 6742), per the site's incallFormat.","type":"string","pattern":"^\\+?[*#0-9]{1,40}$"},"context":{"$ref":"#/definitions/ContextName"}}};
const pattern10 = new RegExp("^\\+[1-9][0-9]{1,14}$", "u");
const pattern11 = new RegExp("^\\+?[*#0-9]{1,40}$", "u");

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.number === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.exten === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "exten"},message:"must have required property '"+"exten"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.context === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "context"},message:"must have required property '"+"context"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "number") || (key0 === "exten")) || (key0 === "context"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.number !== undefined){
let data0 = data.number;
if(typeof data0 === "string"){
if(!pattern10.test(data0)){
const err4 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/pattern",keyword:"pattern",params:{pattern: "^\\+[1-9][0-9]{1,14}$"},message:"must match pattern \""+"^\\+[1-9][0-9]{1,14}$"+"\"",schema:"^\\+[1-9][0-9]{1,14}$",parentSchema:schema15.properties.number,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.number.type,parentSchema:schema15.properties.number,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.exten !== undefined){
let data1 = data.exten;
if(typeof data1 === "string"){
if(!pattern11.test(data1)){
const err6 = {instancePath:instancePath+"/exten",schemaPath:"#/properties/exten/pattern",keyword:"pattern",params:{pattern: "^\\+?[*#0-9]{1,40}$"},message:"must match pattern \""+"^\\+?[*#0-9]{1,40}$"+"\"",schema:"^\\+?[*#0-9]{1,40}$",parentSchema:schema15.properties.exten,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/exten",schemaPath:"#/properties/exten/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.exten.type,parentSchema:schema15.properties.exten,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.context !== undefined){
let data2 = data.context;
if(typeof data2 === "string"){
if(!pattern8.test(data2)){
const err8 = {instancePath:instancePath+"/context",schemaPath:"#/definitions/ContextName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,39}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,39}$"+"\"",schema:"^[A-Za-z0-9_-]{1,39}$",parentSchema:schema14,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/context",schemaPath:"#/definitions/ContextName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema17 = {"title":"VoicemailAssignment","type":"object","additionalProperties":false,"required":["number","context","name"],"properties":{"number":{"description":"Voicemail box number; (number, context) is unique.","type":"string","pattern":"^[0-9]{1,40}$"},"context":{"$ref":"#/definitions/ContextName"},"name":{"type":"string","minLength":1,"maxLength":80},"email":{"type":"string","maxLength":80,"pattern":"^[^@\\s]+@[^@\\s]+$"},"language":{"type":"string","pattern":"^[a-z]{2}_[A-Z]{2}$"},"timezone":{"description":"A zonemessages name configured in XiVO, e.g. eu-fr.","type":"string","maxLength":128}}};
const pattern13 = new RegExp("^[0-9]{1,40}$", "u");

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.number === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.context === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "context"},message:"must have required property '"+"context"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "number") || (key0 === "context")) || (key0 === "name")) || (key0 === "email")) || (key0 === "language")) || (key0 === "timezone"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.number !== undefined){
let data0 = data.number;
if(typeof data0 === "string"){
if(!pattern13.test(data0)){
const err4 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,40}$"},message:"must match pattern \""+"^[0-9]{1,40}$"+"\"",schema:"^[0-9]{1,40}$",parentSchema:schema17.properties.number,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.number.type,parentSchema:schema17.properties.number,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.context !== undefined){
let data1 = data.context;
if(typeof data1 === "string"){
if(!pattern8.test(data1)){
const err6 = {instancePath:instancePath+"/context",schemaPath:"#/definitions/ContextName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,39}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,39}$"+"\"",schema:"^[A-Za-z0-9_-]{1,39}$",parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/context",schemaPath:"#/definitions/ContextName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func3(data2) > 80){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema17.properties.name,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func3(data2) < 1){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema17.properties.name,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.name.type,parentSchema:schema17.properties.name,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.email !== undefined){
let data3 = data.email;
if(typeof data3 === "string"){
if(func3(data3) > 80){
const err11 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema17.properties.email,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern2.test(data3)){
const err12 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+@[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s]+@[^@\\s]+$"+"\"",schema:"^[^@\\s]+@[^@\\s]+$",parentSchema:schema17.properties.email,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.email.type,parentSchema:schema17.properties.email,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.language !== undefined){
let data4 = data.language;
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err14 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}_[A-Z]{2}$"},message:"must match pattern \""+"^[a-z]{2}_[A-Z]{2}$"+"\"",schema:"^[a-z]{2}_[A-Z]{2}$",parentSchema:schema17.properties.language,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.language.type,parentSchema:schema17.properties.language,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.timezone !== undefined){
let data5 = data.timezone;
if(typeof data5 === "string"){
if(func3(data5) > 128){
const err16 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema17.properties.timezone,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.timezone.type,parentSchema:schema17.properties.timezone,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

const schema19 = {"title":"AgentAssignment","type":"object","additionalProperties":false,"required":["number","context"],"properties":{"number":{"description":"Agent number, unique across all users.","type":"string","pattern":"^[0-9*#]{1,40}$"},"context":{"$ref":"#/definitions/ContextName"}}};
const pattern17 = new RegExp("^[0-9*#]{1,40}$", "u");

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.number === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.context === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "context"},message:"must have required property '"+"context"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "number") || (key0 === "context"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.number !== undefined){
let data0 = data.number;
if(typeof data0 === "string"){
if(!pattern17.test(data0)){
const err3 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/pattern",keyword:"pattern",params:{pattern: "^[0-9*#]{1,40}$"},message:"must match pattern \""+"^[0-9*#]{1,40}$"+"\"",schema:"^[0-9*#]{1,40}$",parentSchema:schema19.properties.number,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.number.type,parentSchema:schema19.properties.number,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.context !== undefined){
let data1 = data.context;
if(typeof data1 === "string"){
if(!pattern8.test(data1)){
const err5 = {instancePath:instancePath+"/context",schemaPath:"#/definitions/ContextName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,39}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,39}$"+"\"",schema:"^[A-Za-z0-9_-]{1,39}$",parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/context",schemaPath:"#/definitions/ContextName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

const schema21 = {"title":"ContactFields","description":"Directory-sheet fields carried along for the XiVO directory and the onboarding e-mail.","type":"object","additionalProperties":false,"properties":{"title":{"$ref":"#/definitions/ContactValue"},"department":{"$ref":"#/definitions/ContactValue"},"location":{"$ref":"#/definitions/ContactValue"},"manager":{"$ref":"#/definitions/ContactValue"},"company":{"$ref":"#/definitions/ContactValue"},"office":{"$ref":"#/definitions/ContactValue"},"phone":{"$ref":"#/definitions/ContactValue"},"mobile":{"$ref":"#/definitions/ContactValue"},"fax":{"$ref":"#/definitions/ContactValue"},"employeeId":{"$ref":"#/definitions/ContactValue"},"costCenter":{"$ref":"#/definitions/ContactValue"},"division":{"$ref":"#/definitions/ContactValue"},"building":{"$ref":"#/definitions/ContactValue"},"assistant":{"$ref":"#/definitions/ContactValue"}}};
const schema22 = {"type":"string","maxLength":256};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema21.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func3(data0) > 256){
const err1 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/ContactValue/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema22,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/ContactValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.department !== undefined){
let data1 = data.department;
if(typeof data1 === "string"){
if(func3(data1) > 256){
const err3 = {instancePath:instancePath+"/department",schemaPath:"#/definitions/ContactValue/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema22,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/department",schemaPath:"#/definitions/ContactValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.location !== undefined){
let data2 = data.location;
if(typeof data2 === "string"){
if(func3(data2) > 256){
const err5 = {instancePath:instancePath+"/location",schemaPath:"#/definitions/ContactValue/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema22,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/location",schemaPath:"#/definitions/ContactValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.manager !== undefined){
let data3 = data.manager;
if(typeof data3 === "string"){
if(func3(data3) > 256){
const err7 = {instancePath:instancePath+"/manager",schemaPath:"#/definitions/ContactValue/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema22,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/manager",schemaPath:"#/definitions/ContactValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.company !== undefined){
let data4 = data.company;
if(typeof data4 === "string"){
if(func3(data4) > 256){
const err9 = {instancePath:instancePath+"/company",schemaPath:"#/definitions/ContactValue/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema22,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/company",schemaPath:"#/definitions/ContactValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.office !== undefined){
let data5 = data.office;
if(typeof data5 === "string"){
if(func3(data5) > 256){
const err11 = {instancePath:instancePath+"/office",schemaPath:"#/definitions/ContactValue/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema22,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/office",schemaPath:"#/definitions/ContactValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.phone !== undefined){
let data6 = data.phone;
if(typeof data6 === "string"){
if(func3(data6) > 256){
const err13 = {instancePath:instancePath+"/phone",schemaPath:"#/definitions/ContactValue/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema22,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/phone",schemaPath:"#/definitions/ContactValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.mobile !== undefined){
let data7 = data.mobile;
if(typeof data7 === "string"){
if(func3(data7) > 256){
const err15 = {instancePath:instancePath+"/mobile",schemaPath:"#/definitions/ContactValue/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema22,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/mobile",schemaPath:"#/definitions/ContactValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.fax !== undefined){
let data8 = data.fax;
if(typeof data8 === "string"){
if(func3(data8) > 256){
const err17 = {instancePath:instancePath+"/fax",schemaPath:"#/definitions/ContactValue/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema22,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/fax",schemaPath:"#/definitions/ContactValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.employeeId !== undefined){
let data9 = data.employeeId;
if(typeof data9 === "string"){
if(func3(data9) > 256){
const err19 = {instancePath:instancePath+"/employeeId",schemaPath:"#/definitions/ContactValue/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema22,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/employeeId",schemaPath:"#/definitions/ContactValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.costCenter !== undefined){
let data10 = data.costCenter;
if(typeof data10 === "string"){
if(func3(data10) > 256){
const err21 = {instancePath:instancePath+"/costCenter",schemaPath:"#/definitions/ContactValue/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema22,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/costCenter",schemaPath:"#/definitions/ContactValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.division !== undefined){
let data11 = data.division;
if(typeof data11 === "string"){
if(func3(data11) > 256){
const err23 = {instancePath:instancePath+"/division",schemaPath:"#/definitions/ContactValue/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema22,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/division",schemaPath:"#/definitions/ContactValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.building !== undefined){
let data12 = data.building;
if(typeof data12 === "string"){
if(func3(data12) > 256){
const err25 = {instancePath:instancePath+"/building",schemaPath:"#/definitions/ContactValue/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema22,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/building",schemaPath:"#/definitions/ContactValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.assistant !== undefined){
let data13 = data.assistant;
if(typeof data13 === "string"){
if(func3(data13) > 256){
const err27 = {instancePath:instancePath+"/assistant",schemaPath:"#/definitions/ContactValue/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema22,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/assistant",schemaPath:"#/definitions/ContactValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.status === undefined) && (missing0 = "status")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.status !== undefined){
if("disabled" !== data.status){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.since === undefined){
const err2 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "since"},message:"must have required property '"+"since"+"'",schema:schema11.then.required,parentSchema:schema11.then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs6 = errors;
const _errs7 = errors;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.since === undefined) && (missing1 = "since")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid2 = _errs8 === errors;
if(valid2){
const err4 = {instancePath,schemaPath:"#/else/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema11.else.not,parentSchema:schema11.else,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs6 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema11.if,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.key === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.status === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.dn === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dn"},message:"must have required property '"+"dn"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.site === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "site"},message:"must have required property '"+"site"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.user === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.$schema !== undefined){
let data1 = data.$schema;
if(typeof data1 === "string"){
if(func3(data1) > 256){
const err12 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema11.properties.$schema,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.key !== undefined){
let data2 = data.key;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err14 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$",parentSchema:schema11.properties.key,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.key.type,parentSchema:schema11.properties.key,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.status !== undefined){
let data3 = data.status;
if(typeof data3 !== "string"){
const err16 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.type,parentSchema:schema11.properties.status,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((data3 === "active") || (data3 === "disabled"))){
const err17 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.status.enum,parentSchema:schema11.properties.status,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.since !== undefined){
let data4 = data.since;
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
const err18 = {instancePath:instancePath+"/since",schemaPath:"#/properties/since/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema11.properties.since,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/since",schemaPath:"#/properties/since/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.since.type,parentSchema:schema11.properties.since,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.dn !== undefined){
let data5 = data.dn;
if(typeof data5 === "string"){
if(func3(data5) > 1024){
const err20 = {instancePath:instancePath+"/dn",schemaPath:"#/properties/dn/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema11.properties.dn,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func3(data5) < 1){
const err21 = {instancePath:instancePath+"/dn",schemaPath:"#/properties/dn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.dn,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/dn",schemaPath:"#/properties/dn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dn.type,parentSchema:schema11.properties.dn,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.site !== undefined){
let data6 = data.site;
if(typeof data6 === "string"){
if(!pattern1.test(data6)){
const err23 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\"",schema:"^[a-z0-9][a-z0-9_-]{0,63}$",parentSchema:schema11.properties.site,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.site.type,parentSchema:schema11.properties.site,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.user !== undefined){
let data7 = data.user;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.firstname === undefined){
const err25 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/XivoUserFields/required",keyword:"required",params:{missingProperty: "firstname"},message:"must have required property '"+"firstname"+"'",schema:schema12.required,parentSchema:schema12,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key1 in data7){
if(!(func2.call(schema12.properties, key1))){
const err26 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/XivoUserFields/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data7.firstname !== undefined){
let data8 = data7.firstname;
if(typeof data8 === "string"){
if(func3(data8) > 128){
const err27 = {instancePath:instancePath+"/user/firstname",schemaPath:"#/definitions/XivoUserFields/properties/firstname/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema12.properties.firstname,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(func3(data8) < 1){
const err28 = {instancePath:instancePath+"/user/firstname",schemaPath:"#/definitions/XivoUserFields/properties/firstname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.firstname,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/user/firstname",schemaPath:"#/definitions/XivoUserFields/properties/firstname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.firstname.type,parentSchema:schema12.properties.firstname,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data7.lastname !== undefined){
let data9 = data7.lastname;
if((typeof data9 !== "string") && (data9 !== null)){
const err30 = {instancePath:instancePath+"/user/lastname",schemaPath:"#/definitions/XivoUserFields/properties/lastname/type",keyword:"type",params:{type: schema12.properties.lastname.type},message:"must be string,null",schema:schema12.properties.lastname.type,parentSchema:schema12.properties.lastname,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(typeof data9 === "string"){
if(func3(data9) > 128){
const err31 = {instancePath:instancePath+"/user/lastname",schemaPath:"#/definitions/XivoUserFields/properties/lastname/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema12.properties.lastname,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data7.email !== undefined){
let data10 = data7.email;
if((typeof data10 !== "string") && (data10 !== null)){
const err32 = {instancePath:instancePath+"/user/email",schemaPath:"#/definitions/XivoUserFields/properties/email/type",keyword:"type",params:{type: schema12.properties.email.type},message:"must be string,null",schema:schema12.properties.email.type,parentSchema:schema12.properties.email,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(typeof data10 === "string"){
if(func3(data10) > 254){
const err33 = {instancePath:instancePath+"/user/email",schemaPath:"#/definitions/XivoUserFields/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema12.properties.email,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!pattern2.test(data10)){
const err34 = {instancePath:instancePath+"/user/email",schemaPath:"#/definitions/XivoUserFields/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+@[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s]+@[^@\\s]+$"+"\"",schema:"^[^@\\s]+@[^@\\s]+$",parentSchema:schema12.properties.email,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data7.username !== undefined){
let data11 = data7.username;
if((typeof data11 !== "string") && (data11 !== null)){
const err35 = {instancePath:instancePath+"/user/username",schemaPath:"#/definitions/XivoUserFields/properties/username/type",keyword:"type",params:{type: schema12.properties.username.type},message:"must be string,null",schema:schema12.properties.username.type,parentSchema:schema12.properties.username,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(typeof data11 === "string"){
if(!pattern3.test(data11)){
const err36 = {instancePath:instancePath+"/user/username",schemaPath:"#/definitions/XivoUserFields/properties/username/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9-._~!$&'()*+,;=%@]{2,254}$"},message:"must match pattern \""+"^[a-zA-Z0-9-._~!$&'()*+,;=%@]{2,254}$"+"\"",schema:"^[a-zA-Z0-9-._~!$&'()*+,;=%@]{2,254}$",parentSchema:schema12.properties.username,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
if(data7.language !== undefined){
let data12 = data7.language;
if((typeof data12 !== "string") && (data12 !== null)){
const err37 = {instancePath:instancePath+"/user/language",schemaPath:"#/definitions/XivoUserFields/properties/language/type",keyword:"type",params:{type: schema12.properties.language.type},message:"must be string,null",schema:schema12.properties.language.type,parentSchema:schema12.properties.language,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(typeof data12 === "string"){
if(!pattern4.test(data12)){
const err38 = {instancePath:instancePath+"/user/language",schemaPath:"#/definitions/XivoUserFields/properties/language/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}_[A-Z]{2}$"},message:"must match pattern \""+"^[a-z]{2}_[A-Z]{2}$"+"\"",schema:"^[a-z]{2}_[A-Z]{2}$",parentSchema:schema12.properties.language,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data7.timezone !== undefined){
let data13 = data7.timezone;
if((typeof data13 !== "string") && (data13 !== null)){
const err39 = {instancePath:instancePath+"/user/timezone",schemaPath:"#/definitions/XivoUserFields/properties/timezone/type",keyword:"type",params:{type: schema12.properties.timezone.type},message:"must be string,null",schema:schema12.properties.timezone.type,parentSchema:schema12.properties.timezone,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(typeof data13 === "string"){
if(func3(data13) > 128){
const err40 = {instancePath:instancePath+"/user/timezone",schemaPath:"#/definitions/XivoUserFields/properties/timezone/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema12.properties.timezone,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data7.mobile_phone_number !== undefined){
let data14 = data7.mobile_phone_number;
if((typeof data14 !== "string") && (data14 !== null)){
const err41 = {instancePath:instancePath+"/user/mobile_phone_number",schemaPath:"#/definitions/XivoUserFields/properties/mobile_phone_number/type",keyword:"type",params:{type: schema12.properties.mobile_phone_number.type},message:"must be string,null",schema:schema12.properties.mobile_phone_number.type,parentSchema:schema12.properties.mobile_phone_number,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(typeof data14 === "string"){
if(func3(data14) > 80){
const err42 = {instancePath:instancePath+"/user/mobile_phone_number",schemaPath:"#/definitions/XivoUserFields/properties/mobile_phone_number/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema12.properties.mobile_phone_number,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!pattern5.test(data14)){
const err43 = {instancePath:instancePath+"/user/mobile_phone_number",schemaPath:"#/definitions/XivoUserFields/properties/mobile_phone_number/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9*#]+$"},message:"must match pattern \""+"^\\+?[0-9*#]+$"+"\"",schema:"^\\+?[0-9*#]+$",parentSchema:schema12.properties.mobile_phone_number,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
if(data7.caller_id !== undefined){
let data15 = data7.caller_id;
if((typeof data15 !== "string") && (data15 !== null)){
const err44 = {instancePath:instancePath+"/user/caller_id",schemaPath:"#/definitions/XivoUserFields/properties/caller_id/type",keyword:"type",params:{type: schema12.properties.caller_id.type},message:"must be string,null",schema:schema12.properties.caller_id.type,parentSchema:schema12.properties.caller_id,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(typeof data15 === "string"){
if(func3(data15) > 160){
const err45 = {instancePath:instancePath+"/user/caller_id",schemaPath:"#/definitions/XivoUserFields/properties/caller_id/maxLength",keyword:"maxLength",params:{limit: 160},message:"must NOT have more than 160 characters",schema:160,parentSchema:schema12.properties.caller_id,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!pattern6.test(data15)){
const err46 = {instancePath:instancePath+"/user/caller_id",schemaPath:"#/definitions/XivoUserFields/properties/caller_id/pattern",keyword:"pattern",params:{pattern: "^\"(.*)\"( <\\+?\\d+>)?$"},message:"must match pattern \""+"^\"(.*)\"( <\\+?\\d+>)?$"+"\"",schema:"^\"(.*)\"( <\\+?\\d+>)?$",parentSchema:schema12.properties.caller_id,data:data15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data7.outgoing_caller_id !== undefined){
let data16 = data7.outgoing_caller_id;
if((typeof data16 !== "string") && (data16 !== null)){
const err47 = {instancePath:instancePath+"/user/outgoing_caller_id",schemaPath:"#/definitions/XivoUserFields/properties/outgoing_caller_id/type",keyword:"type",params:{type: schema12.properties.outgoing_caller_id.type},message:"must be string,null",schema:schema12.properties.outgoing_caller_id.type,parentSchema:schema12.properties.outgoing_caller_id,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(typeof data16 === "string"){
if(func3(data16) > 80){
const err48 = {instancePath:instancePath+"/user/outgoing_caller_id",schemaPath:"#/definitions/XivoUserFields/properties/outgoing_caller_id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema12.properties.outgoing_caller_id,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!pattern7.test(data16)){
const err49 = {instancePath:instancePath+"/user/outgoing_caller_id",schemaPath:"#/definitions/XivoUserFields/properties/outgoing_caller_id/pattern",keyword:"pattern",params:{pattern: "^(default|anonymous|\"[^\"]*\" <\\+?[0-9]+>)$"},message:"must match pattern \""+"^(default|anonymous|\"[^\"]*\" <\\+?[0-9]+>)$"+"\"",schema:"^(default|anonymous|\"[^\"]*\" <\\+?[0-9]+>)$",parentSchema:schema12.properties.outgoing_caller_id,data:data16};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
if(data7.description !== undefined){
let data17 = data7.description;
if((typeof data17 !== "string") && (data17 !== null)){
const err50 = {instancePath:instancePath+"/user/description",schemaPath:"#/definitions/XivoUserFields/properties/description/type",keyword:"type",params:{type: schema12.properties.description.type},message:"must be string,null",schema:schema12.properties.description.type,parentSchema:schema12.properties.description,data:data17};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(typeof data17 === "string"){
if(func3(data17) > 1024){
const err51 = {instancePath:instancePath+"/user/description",schemaPath:"#/definitions/XivoUserFields/properties/description/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema12.properties.description,data:data17};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
if(data7.userfield !== undefined){
let data18 = data7.userfield;
if((typeof data18 !== "string") && (data18 !== null)){
const err52 = {instancePath:instancePath+"/user/userfield",schemaPath:"#/definitions/XivoUserFields/properties/userfield/type",keyword:"type",params:{type: schema12.properties.userfield.type},message:"must be string,null",schema:schema12.properties.userfield.type,parentSchema:schema12.properties.userfield,data:data18};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(typeof data18 === "string"){
if(func3(data18) > 128){
const err53 = {instancePath:instancePath+"/user/userfield",schemaPath:"#/definitions/XivoUserFields/properties/userfield/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema12.properties.userfield,data:data18};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
if(data7.music_on_hold !== undefined){
let data19 = data7.music_on_hold;
if((typeof data19 !== "string") && (data19 !== null)){
const err54 = {instancePath:instancePath+"/user/music_on_hold",schemaPath:"#/definitions/XivoUserFields/properties/music_on_hold/type",keyword:"type",params:{type: schema12.properties.music_on_hold.type},message:"must be string,null",schema:schema12.properties.music_on_hold.type,parentSchema:schema12.properties.music_on_hold,data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(typeof data19 === "string"){
if(func3(data19) > 128){
const err55 = {instancePath:instancePath+"/user/music_on_hold",schemaPath:"#/definitions/XivoUserFields/properties/music_on_hold/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema12.properties.music_on_hold,data:data19};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
if(data7.preprocess_subroutine !== undefined){
let data20 = data7.preprocess_subroutine;
if((typeof data20 !== "string") && (data20 !== null)){
const err56 = {instancePath:instancePath+"/user/preprocess_subroutine",schemaPath:"#/definitions/XivoUserFields/properties/preprocess_subroutine/type",keyword:"type",params:{type: schema12.properties.preprocess_subroutine.type},message:"must be string,null",schema:schema12.properties.preprocess_subroutine.type,parentSchema:schema12.properties.preprocess_subroutine,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(typeof data20 === "string"){
if(func3(data20) > 39){
const err57 = {instancePath:instancePath+"/user/preprocess_subroutine",schemaPath:"#/definitions/XivoUserFields/properties/preprocess_subroutine/maxLength",keyword:"maxLength",params:{limit: 39},message:"must NOT have more than 39 characters",schema:39,parentSchema:schema12.properties.preprocess_subroutine,data:data20};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
if(data7.call_transfer_enabled !== undefined){
let data21 = data7.call_transfer_enabled;
if(typeof data21 !== "boolean"){
const err58 = {instancePath:instancePath+"/user/call_transfer_enabled",schemaPath:"#/definitions/XivoUserFields/properties/call_transfer_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.call_transfer_enabled.type,parentSchema:schema12.properties.call_transfer_enabled,data:data21};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data7.dtmf_hangup_enabled !== undefined){
let data22 = data7.dtmf_hangup_enabled;
if(typeof data22 !== "boolean"){
const err59 = {instancePath:instancePath+"/user/dtmf_hangup_enabled",schemaPath:"#/definitions/XivoUserFields/properties/dtmf_hangup_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.dtmf_hangup_enabled.type,parentSchema:schema12.properties.dtmf_hangup_enabled,data:data22};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data7.call_record_enabled !== undefined){
let data23 = data7.call_record_enabled;
if(typeof data23 !== "boolean"){
const err60 = {instancePath:instancePath+"/user/call_record_enabled",schemaPath:"#/definitions/XivoUserFields/properties/call_record_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.call_record_enabled.type,parentSchema:schema12.properties.call_record_enabled,data:data23};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data7.online_call_record_enabled !== undefined){
let data24 = data7.online_call_record_enabled;
if(typeof data24 !== "boolean"){
const err61 = {instancePath:instancePath+"/user/online_call_record_enabled",schemaPath:"#/definitions/XivoUserFields/properties/online_call_record_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.online_call_record_enabled.type,parentSchema:schema12.properties.online_call_record_enabled,data:data24};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data7.supervision_enabled !== undefined){
let data25 = data7.supervision_enabled;
if(typeof data25 !== "boolean"){
const err62 = {instancePath:instancePath+"/user/supervision_enabled",schemaPath:"#/definitions/XivoUserFields/properties/supervision_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.supervision_enabled.type,parentSchema:schema12.properties.supervision_enabled,data:data25};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data7.ring_seconds !== undefined){
let data26 = data7.ring_seconds;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err63 = {instancePath:instancePath+"/user/ring_seconds",schemaPath:"#/definitions/XivoUserFields/properties/ring_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.ring_seconds.type,parentSchema:schema12.properties.ring_seconds,data:data26};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 60 || isNaN(data26)){
const err64 = {instancePath:instancePath+"/user/ring_seconds",schemaPath:"#/definitions/XivoUserFields/properties/ring_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60},message:"must be <= 60",schema:60,parentSchema:schema12.properties.ring_seconds,data:data26};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data26 < 0 || isNaN(data26)){
const err65 = {instancePath:instancePath+"/user/ring_seconds",schemaPath:"#/definitions/XivoUserFields/properties/ring_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties.ring_seconds,data:data26};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
if(data7.simultaneous_calls !== undefined){
let data27 = data7.simultaneous_calls;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err66 = {instancePath:instancePath+"/user/simultaneous_calls",schemaPath:"#/definitions/XivoUserFields/properties/simultaneous_calls/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.simultaneous_calls.type,parentSchema:schema12.properties.simultaneous_calls,data:data27};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 20 || isNaN(data27)){
const err67 = {instancePath:instancePath+"/user/simultaneous_calls",schemaPath:"#/definitions/XivoUserFields/properties/simultaneous_calls/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20",schema:20,parentSchema:schema12.properties.simultaneous_calls,data:data27};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data27 < 1 || isNaN(data27)){
const err68 = {instancePath:instancePath+"/user/simultaneous_calls",schemaPath:"#/definitions/XivoUserFields/properties/simultaneous_calls/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.simultaneous_calls,data:data27};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
}
else {
const err69 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/XivoUserFields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data7};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.line !== undefined){
let data28 = data.line;
const _errs69 = errors;
let valid6 = false;
const _errs70 = errors;
if(!(validate11(data28, {instancePath:instancePath+"/line",parentData:data,parentDataProperty:"line",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var _valid1 = _errs70 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const _errs71 = errors;
if(data28 !== null){
const err70 = {instancePath:instancePath+"/line",schemaPath:"#/properties/line/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.line.anyOf[1].type,parentSchema:schema11.properties.line.anyOf[1],data:data28};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
var _valid1 = _errs71 === errors;
valid6 = valid6 || _valid1;
}
if(!valid6){
const err71 = {instancePath:instancePath+"/line",schemaPath:"#/properties/line/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.line.anyOf,parentSchema:schema11.properties.line,data:data28};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
else {
errors = _errs69;
if(vErrors !== null){
if(_errs69){
vErrors.length = _errs69;
}
else {
vErrors = null;
}
}
}
}
if(data.did !== undefined){
let data29 = data.did;
const _errs74 = errors;
let valid7 = false;
const _errs75 = errors;
if(!(validate13(data29, {instancePath:instancePath+"/did",parentData:data,parentDataProperty:"did",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var _valid2 = _errs75 === errors;
valid7 = valid7 || _valid2;
if(!valid7){
const _errs76 = errors;
if(data29 !== null){
const err72 = {instancePath:instancePath+"/did",schemaPath:"#/properties/did/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.did.anyOf[1].type,parentSchema:schema11.properties.did.anyOf[1],data:data29};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid2 = _errs76 === errors;
valid7 = valid7 || _valid2;
}
if(!valid7){
const err73 = {instancePath:instancePath+"/did",schemaPath:"#/properties/did/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.did.anyOf,parentSchema:schema11.properties.did,data:data29};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
else {
errors = _errs74;
if(vErrors !== null){
if(_errs74){
vErrors.length = _errs74;
}
else {
vErrors = null;
}
}
}
}
if(data.voicemail !== undefined){
let data30 = data.voicemail;
const _errs79 = errors;
let valid8 = false;
const _errs80 = errors;
if(!(validate15(data30, {instancePath:instancePath+"/voicemail",parentData:data,parentDataProperty:"voicemail",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
var _valid3 = _errs80 === errors;
valid8 = valid8 || _valid3;
if(!valid8){
const _errs81 = errors;
if(data30 !== null){
const err74 = {instancePath:instancePath+"/voicemail",schemaPath:"#/properties/voicemail/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.voicemail.anyOf[1].type,parentSchema:schema11.properties.voicemail.anyOf[1],data:data30};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var _valid3 = _errs81 === errors;
valid8 = valid8 || _valid3;
}
if(!valid8){
const err75 = {instancePath:instancePath+"/voicemail",schemaPath:"#/properties/voicemail/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.voicemail.anyOf,parentSchema:schema11.properties.voicemail,data:data30};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
else {
errors = _errs79;
if(vErrors !== null){
if(_errs79){
vErrors.length = _errs79;
}
else {
vErrors = null;
}
}
}
}
if(data.agent !== undefined){
let data31 = data.agent;
const _errs84 = errors;
let valid9 = false;
const _errs85 = errors;
if(!(validate17(data31, {instancePath:instancePath+"/agent",parentData:data,parentDataProperty:"agent",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
var _valid4 = _errs85 === errors;
valid9 = valid9 || _valid4;
if(!valid9){
const _errs86 = errors;
if(data31 !== null){
const err76 = {instancePath:instancePath+"/agent",schemaPath:"#/properties/agent/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.agent.anyOf[1].type,parentSchema:schema11.properties.agent.anyOf[1],data:data31};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var _valid4 = _errs86 === errors;
valid9 = valid9 || _valid4;
}
if(!valid9){
const err77 = {instancePath:instancePath+"/agent",schemaPath:"#/properties/agent/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.agent.anyOf,parentSchema:schema11.properties.agent,data:data31};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
else {
errors = _errs84;
if(vErrors !== null){
if(_errs84){
vErrors.length = _errs84;
}
else {
vErrors = null;
}
}
}
}
if(data.callPermissions !== undefined){
let data32 = data.callPermissions;
if(Array.isArray(data32)){
if(data32.length > 64){
const err78 = {instancePath:instancePath+"/callPermissions",schemaPath:"#/properties/callPermissions/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items",schema:64,parentSchema:schema11.properties.callPermissions,data:data32};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
const len0 = data32.length;
for(let i0=0; i0<len0; i0++){
let data33 = data32[i0];
if(typeof data33 === "string"){
if(!pattern19.test(data33)){
const err79 = {instancePath:instancePath+"/callPermissions/" + i0,schemaPath:"#/properties/callPermissions/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_-]{1,128}$"},message:"must match pattern \""+"^[a-z0-9_-]{1,128}$"+"\"",schema:"^[a-z0-9_-]{1,128}$",parentSchema:schema11.properties.callPermissions.items,data:data33};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/callPermissions/" + i0,schemaPath:"#/properties/callPermissions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.callPermissions.items.type,parentSchema:schema11.properties.callPermissions.items,data:data33};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
let i1 = data32.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data32[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err81 = {instancePath:instancePath+"/callPermissions",schemaPath:"#/properties/callPermissions/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema11.properties.callPermissions,data:data32};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err82 = {instancePath:instancePath+"/callPermissions",schemaPath:"#/properties/callPermissions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.callPermissions.type,parentSchema:schema11.properties.callPermissions,data:data32};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.contact !== undefined){
if(!(validate19(data.contact, {instancePath:instancePath+"/contact",parentData:data,parentDataProperty:"contact",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
}
else {
const err83 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const validateQuarantine = validate21;
const schema36 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"QuarantineFile","description":"Numbers released by removed users (state/numbers/quarantine.json). They are held back from allocation until `releasedOn` + mappings/ `lifecycle.quarantineDays`.","type":"object","additionalProperties":false,"required":["numbers"],"properties":{"$schema":{"type":"string","maxLength":256},"numbers":{"type":"array","items":{"$ref":"#/definitions/QuarantinedNumber"}}},"definitions":{"QuarantinedNumber":{"title":"QuarantinedNumber","type":"object","additionalProperties":false,"required":["kind","number","releasedOn","previousKey"],"properties":{"kind":{"description":"Which kind of number: a line extension, a DID (E.164), a voicemail number or an agent number.","type":"string","enum":["extension","did","voicemail","agent"]},"number":{"type":"string","pattern":"^\\+?[*#0-9]{1,40}$"},"context":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,39}$"},"releasedOn":{"description":"Date (UTC, YYYY-MM-DD) the number was released.","type":"string","format":"date"},"previousKey":{"description":"Key of the user who held the number, so a returning person gets it back.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$","x-message":"must be 1 to 128 letters, digits, '.', '_' or '-', starting with a letter or digit (the key is the file name, so no '/' or '..')"}}}}};
const schema37 = {"title":"QuarantinedNumber","type":"object","additionalProperties":false,"required":["kind","number","releasedOn","previousKey"],"properties":{"kind":{"description":"Which kind of number: a line extension, a DID (E.164), a voicemail number or an agent number.","type":"string","enum":["extension","did","voicemail","agent"]},"number":{"type":"string","pattern":"^\\+?[*#0-9]{1,40}$"},"context":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,39}$"},"releasedOn":{"description":"Date (UTC, YYYY-MM-DD) the number was released.","type":"string","format":"date"},"previousKey":{"description":"Key of the user who held the number, so a returning person gets it back.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$","x-message":"must be 1 to 128 letters, digits, '.', '_' or '-', starting with a letter or digit (the key is the file name, so no '/' or '..')"}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.numbers === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "numbers"},message:"must have required property '"+"numbers"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "$schema") || (key0 === "numbers"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 === "string"){
if(func3(data0) > 256){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema36.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.$schema.type,parentSchema:schema36.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.numbers !== undefined){
let data1 = data.numbers;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.kind === undefined){
const err4 = {instancePath:instancePath+"/numbers/" + i0,schemaPath:"#/definitions/QuarantinedNumber/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema37.required,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.number === undefined){
const err5 = {instancePath:instancePath+"/numbers/" + i0,schemaPath:"#/definitions/QuarantinedNumber/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'",schema:schema37.required,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.releasedOn === undefined){
const err6 = {instancePath:instancePath+"/numbers/" + i0,schemaPath:"#/definitions/QuarantinedNumber/required",keyword:"required",params:{missingProperty: "releasedOn"},message:"must have required property '"+"releasedOn"+"'",schema:schema37.required,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.previousKey === undefined){
const err7 = {instancePath:instancePath+"/numbers/" + i0,schemaPath:"#/definitions/QuarantinedNumber/required",keyword:"required",params:{missingProperty: "previousKey"},message:"must have required property '"+"previousKey"+"'",schema:schema37.required,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data2){
if(!(((((key1 === "kind") || (key1 === "number")) || (key1 === "context")) || (key1 === "releasedOn")) || (key1 === "previousKey"))){
const err8 = {instancePath:instancePath+"/numbers/" + i0,schemaPath:"#/definitions/QuarantinedNumber/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.kind !== undefined){
let data3 = data2.kind;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/numbers/" + i0+"/kind",schemaPath:"#/definitions/QuarantinedNumber/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.kind.type,parentSchema:schema37.properties.kind,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((((data3 === "extension") || (data3 === "did")) || (data3 === "voicemail")) || (data3 === "agent"))){
const err10 = {instancePath:instancePath+"/numbers/" + i0+"/kind",schemaPath:"#/definitions/QuarantinedNumber/properties/kind/enum",keyword:"enum",params:{allowedValues: schema37.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema37.properties.kind.enum,parentSchema:schema37.properties.kind,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.number !== undefined){
let data4 = data2.number;
if(typeof data4 === "string"){
if(!pattern11.test(data4)){
const err11 = {instancePath:instancePath+"/numbers/" + i0+"/number",schemaPath:"#/definitions/QuarantinedNumber/properties/number/pattern",keyword:"pattern",params:{pattern: "^\\+?[*#0-9]{1,40}$"},message:"must match pattern \""+"^\\+?[*#0-9]{1,40}$"+"\"",schema:"^\\+?[*#0-9]{1,40}$",parentSchema:schema37.properties.number,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/numbers/" + i0+"/number",schemaPath:"#/definitions/QuarantinedNumber/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.number.type,parentSchema:schema37.properties.number,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.context !== undefined){
let data5 = data2.context;
if(typeof data5 === "string"){
if(!pattern8.test(data5)){
const err13 = {instancePath:instancePath+"/numbers/" + i0+"/context",schemaPath:"#/definitions/QuarantinedNumber/properties/context/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,39}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,39}$"+"\"",schema:"^[A-Za-z0-9_-]{1,39}$",parentSchema:schema37.properties.context,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/numbers/" + i0+"/context",schemaPath:"#/definitions/QuarantinedNumber/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.context.type,parentSchema:schema37.properties.context,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.releasedOn !== undefined){
let data6 = data2.releasedOn;
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
const err15 = {instancePath:instancePath+"/numbers/" + i0+"/releasedOn",schemaPath:"#/definitions/QuarantinedNumber/properties/releasedOn/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema37.properties.releasedOn,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/numbers/" + i0+"/releasedOn",schemaPath:"#/definitions/QuarantinedNumber/properties/releasedOn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.releasedOn.type,parentSchema:schema37.properties.releasedOn,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.previousKey !== undefined){
let data7 = data2.previousKey;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err17 = {instancePath:instancePath+"/numbers/" + i0+"/previousKey",schemaPath:"#/definitions/QuarantinedNumber/properties/previousKey/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$",parentSchema:schema37.properties.previousKey,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/numbers/" + i0+"/previousKey",schemaPath:"#/definitions/QuarantinedNumber/properties/previousKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.previousKey.type,parentSchema:schema37.properties.previousKey,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/numbers/" + i0,schemaPath:"#/definitions/QuarantinedNumber/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/numbers",schemaPath:"#/properties/numbers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.numbers.type,parentSchema:schema36.properties.numbers,data:data1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
