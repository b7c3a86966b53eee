/* eslint-disable */
/**
 * Generated from the schemas of src/xivo/client/schema.ts by `npm run generate:types`
 * (ajv standalone code, with the options of scripts/generate-types.ts).
 * Do not edit: change the schema and regenerate.
 */
export const tokenItem = validate10;
const schema11 = {"type":"object","required":["data"],"properties":{"data":{"type":"object","required":["token","issued_at","expires_at"],"properties":{"token":{"type":"string"},"issued_at":{"type":"string"},"expires_at":{"type":"string"}}}}};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.data === undefined) && (missing0 = "data")){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.data !== undefined){
let data0 = data.data;
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((((data0.token === undefined) && (missing1 = "token")) || ((data0.issued_at === undefined) && (missing1 = "issued_at"))) || ((data0.expires_at === undefined) && (missing1 = "expires_at"))){
validate10.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.token !== undefined){
const _errs3 = errors;
if(typeof data0.token !== "string"){
validate10.errors = [{instancePath:instancePath+"/data/token",schemaPath:"#/properties/data/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.issued_at !== undefined){
const _errs5 = errors;
if(typeof data0.issued_at !== "string"){
validate10.errors = [{instancePath:instancePath+"/data/issued_at",schemaPath:"#/properties/data/properties/issued_at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.expires_at !== undefined){
const _errs7 = errors;
if(typeof data0.expires_at !== "string"){
validate10.errors = [{instancePath:instancePath+"/data/expires_at",schemaPath:"#/properties/data/properties/expires_at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

export const tokenList = validate11;
const schema12 = {"type":"object","required":["total","items"],"properties":{"total":{"type":"integer"},"items":{"type":"array","items":{"type":"object","required":["data"],"properties":{"data":{"type":"object","required":["token","issued_at","expires_at"],"properties":{"token":{"type":"string"},"issued_at":{"type":"string"},"expires_at":{"type":"string"}}}}}}}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.total === undefined) && (missing0 = "total")) || ((data.items === undefined) && (missing0 = "items"))){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.total !== undefined){
let data0 = data.total;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate11.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.items !== undefined){
let data1 = data.items;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.data === undefined) && (missing1 = "data")){
validate11.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.data !== undefined){
let data3 = data2.data;
const _errs7 = errors;
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing2;
if((((data3.token === undefined) && (missing2 = "token")) || ((data3.issued_at === undefined) && (missing2 = "issued_at"))) || ((data3.expires_at === undefined) && (missing2 = "expires_at"))){
validate11.errors = [{instancePath:instancePath+"/items/" + i0+"/data",schemaPath:"#/properties/items/items/properties/data/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data3.token !== undefined){
const _errs9 = errors;
if(typeof data3.token !== "string"){
validate11.errors = [{instancePath:instancePath+"/items/" + i0+"/data/token",schemaPath:"#/properties/items/items/properties/data/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.issued_at !== undefined){
const _errs11 = errors;
if(typeof data3.issued_at !== "string"){
validate11.errors = [{instancePath:instancePath+"/items/" + i0+"/data/issued_at",schemaPath:"#/properties/items/items/properties/data/properties/issued_at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.expires_at !== undefined){
const _errs13 = errors;
if(typeof data3.expires_at !== "string"){
validate11.errors = [{instancePath:instancePath+"/items/" + i0+"/data/expires_at",schemaPath:"#/properties/items/items/properties/data/properties/expires_at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/items/" + i0+"/data",schemaPath:"#/properties/items/items/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

export const userItem = validate12;
const schema13 = {"type":"object","required":["id","uuid","firstname","lastname","email","userfield","description","enabled","lines","incalls","voicemail"],"properties":{"id":{"type":"integer"},"uuid":{"type":"string"},"firstname":{"type":"string"},"lastname":{"type":["string","null"]},"email":{"type":["string","null"]},"userfield":{"type":["string","null"]},"description":{"type":["string","null"]},"enabled":{"type":"boolean"},"lines":{"type":"array","items":{"type":"object","required":["id","endpoint_sip","extensions"],"properties":{"id":{"type":"integer"},"endpoint_sip":{"type":["object","null"],"required":["id","username"],"properties":{"id":{"type":"integer"},"username":{"type":"string"}}},"extensions":{"type":"array","items":{"type":"object","required":["id","exten","context"],"properties":{"id":{"type":"integer"},"exten":{"type":"string"},"context":{"type":"string"}}}}}}},"incalls":{"type":"array","items":{"type":"object","required":["id","extensions"],"properties":{"id":{"type":"integer"},"extensions":{"type":"array","items":{"type":"object","required":["id","exten","context"],"properties":{"id":{"type":"integer"},"exten":{"type":"string"},"context":{"type":"string"}}}}}}},"voicemail":{"type":["object","null"],"required":["id"],"properties":{"id":{"type":"integer"}}}}};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((data.id === undefined) && (missing0 = "id")) || ((data.uuid === undefined) && (missing0 = "uuid"))) || ((data.firstname === undefined) && (missing0 = "firstname"))) || ((data.lastname === undefined) && (missing0 = "lastname"))) || ((data.email === undefined) && (missing0 = "email"))) || ((data.userfield === undefined) && (missing0 = "userfield"))) || ((data.description === undefined) && (missing0 = "description"))) || ((data.enabled === undefined) && (missing0 = "enabled"))) || ((data.lines === undefined) && (missing0 = "lines"))) || ((data.incalls === undefined) && (missing0 = "incalls"))) || ((data.voicemail === undefined) && (missing0 = "voicemail"))){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate12.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.uuid !== undefined){
const _errs3 = errors;
if(typeof data.uuid !== "string"){
validate12.errors = [{instancePath:instancePath+"/uuid",schemaPath:"#/properties/uuid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.firstname !== undefined){
const _errs5 = errors;
if(typeof data.firstname !== "string"){
validate12.errors = [{instancePath:instancePath+"/firstname",schemaPath:"#/properties/firstname/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastname !== undefined){
let data3 = data.lastname;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate12.errors = [{instancePath:instancePath+"/lastname",schemaPath:"#/properties/lastname/type",keyword:"type",params:{type: schema13.properties.lastname.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.email !== undefined){
let data4 = data.email;
const _errs9 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate12.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: schema13.properties.email.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userfield !== undefined){
let data5 = data.userfield;
const _errs11 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate12.errors = [{instancePath:instancePath+"/userfield",schemaPath:"#/properties/userfield/type",keyword:"type",params:{type: schema13.properties.userfield.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data6 = data.description;
const _errs13 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate12.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema13.properties.description.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.enabled !== undefined){
const _errs15 = errors;
if(typeof data.enabled !== "boolean"){
validate12.errors = [{instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lines !== undefined){
let data8 = data.lines;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data8)){
var valid1 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
const _errs19 = errors;
if(errors === _errs19){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing1;
if((((data9.id === undefined) && (missing1 = "id")) || ((data9.endpoint_sip === undefined) && (missing1 = "endpoint_sip"))) || ((data9.extensions === undefined) && (missing1 = "extensions"))){
validate12.errors = [{instancePath:instancePath+"/lines/" + i0,schemaPath:"#/properties/lines/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data9.id !== undefined){
let data10 = data9.id;
const _errs21 = errors;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
validate12.errors = [{instancePath:instancePath+"/lines/" + i0+"/id",schemaPath:"#/properties/lines/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs21 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data9.endpoint_sip !== undefined){
let data11 = data9.endpoint_sip;
const _errs23 = errors;
if((!(data11 && typeof data11 == "object" && !Array.isArray(data11))) && (data11 !== null)){
validate12.errors = [{instancePath:instancePath+"/lines/" + i0+"/endpoint_sip",schemaPath:"#/properties/lines/items/properties/endpoint_sip/type",keyword:"type",params:{type: schema13.properties.lines.items.properties.endpoint_sip.type},message:"must be object,null"}];
return false;
}
if(errors === _errs23){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing2;
if(((data11.id === undefined) && (missing2 = "id")) || ((data11.username === undefined) && (missing2 = "username"))){
validate12.errors = [{instancePath:instancePath+"/lines/" + i0+"/endpoint_sip",schemaPath:"#/properties/lines/items/properties/endpoint_sip/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data11.id !== undefined){
let data12 = data11.id;
const _errs25 = errors;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
validate12.errors = [{instancePath:instancePath+"/lines/" + i0+"/endpoint_sip/id",schemaPath:"#/properties/lines/items/properties/endpoint_sip/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs25 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data11.username !== undefined){
const _errs27 = errors;
if(typeof data11.username !== "string"){
validate12.errors = [{instancePath:instancePath+"/lines/" + i0+"/endpoint_sip/username",schemaPath:"#/properties/lines/items/properties/endpoint_sip/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs27 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data9.extensions !== undefined){
let data14 = data9.extensions;
const _errs29 = errors;
if(errors === _errs29){
if(Array.isArray(data14)){
var valid4 = true;
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
const _errs31 = errors;
if(errors === _errs31){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing3;
if((((data15.id === undefined) && (missing3 = "id")) || ((data15.exten === undefined) && (missing3 = "exten"))) || ((data15.context === undefined) && (missing3 = "context"))){
validate12.errors = [{instancePath:instancePath+"/lines/" + i0+"/extensions/" + i1,schemaPath:"#/properties/lines/items/properties/extensions/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data15.id !== undefined){
let data16 = data15.id;
const _errs33 = errors;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
validate12.errors = [{instancePath:instancePath+"/lines/" + i0+"/extensions/" + i1+"/id",schemaPath:"#/properties/lines/items/properties/extensions/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs33 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data15.exten !== undefined){
const _errs35 = errors;
if(typeof data15.exten !== "string"){
validate12.errors = [{instancePath:instancePath+"/lines/" + i0+"/extensions/" + i1+"/exten",schemaPath:"#/properties/lines/items/properties/extensions/items/properties/exten/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs35 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data15.context !== undefined){
const _errs37 = errors;
if(typeof data15.context !== "string"){
validate12.errors = [{instancePath:instancePath+"/lines/" + i0+"/extensions/" + i1+"/context",schemaPath:"#/properties/lines/items/properties/extensions/items/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs37 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/lines/" + i0+"/extensions/" + i1,schemaPath:"#/properties/lines/items/properties/extensions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs31 === errors;
if(!valid4){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/lines/" + i0+"/extensions",schemaPath:"#/properties/lines/items/properties/extensions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs29 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/lines/" + i0,schemaPath:"#/properties/lines/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs19 === errors;
if(!valid1){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/lines",schemaPath:"#/properties/lines/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.incalls !== undefined){
let data19 = data.incalls;
const _errs39 = errors;
if(errors === _errs39){
if(Array.isArray(data19)){
var valid6 = true;
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
let data20 = data19[i2];
const _errs41 = errors;
if(errors === _errs41){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
let missing4;
if(((data20.id === undefined) && (missing4 = "id")) || ((data20.extensions === undefined) && (missing4 = "extensions"))){
validate12.errors = [{instancePath:instancePath+"/incalls/" + i2,schemaPath:"#/properties/incalls/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
if(data20.id !== undefined){
let data21 = data20.id;
const _errs43 = errors;
if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){
validate12.errors = [{instancePath:instancePath+"/incalls/" + i2+"/id",schemaPath:"#/properties/incalls/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid7 = _errs43 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data20.extensions !== undefined){
let data22 = data20.extensions;
const _errs45 = errors;
if(errors === _errs45){
if(Array.isArray(data22)){
var valid8 = true;
const len3 = data22.length;
for(let i3=0; i3<len3; i3++){
let data23 = data22[i3];
const _errs47 = errors;
if(errors === _errs47){
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
let missing5;
if((((data23.id === undefined) && (missing5 = "id")) || ((data23.exten === undefined) && (missing5 = "exten"))) || ((data23.context === undefined) && (missing5 = "context"))){
validate12.errors = [{instancePath:instancePath+"/incalls/" + i2+"/extensions/" + i3,schemaPath:"#/properties/incalls/items/properties/extensions/items/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
if(data23.id !== undefined){
let data24 = data23.id;
const _errs49 = errors;
if(!((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24)))){
validate12.errors = [{instancePath:instancePath+"/incalls/" + i2+"/extensions/" + i3+"/id",schemaPath:"#/properties/incalls/items/properties/extensions/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid9 = _errs49 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data23.exten !== undefined){
const _errs51 = errors;
if(typeof data23.exten !== "string"){
validate12.errors = [{instancePath:instancePath+"/incalls/" + i2+"/extensions/" + i3+"/exten",schemaPath:"#/properties/incalls/items/properties/extensions/items/properties/exten/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs51 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data23.context !== undefined){
const _errs53 = errors;
if(typeof data23.context !== "string"){
validate12.errors = [{instancePath:instancePath+"/incalls/" + i2+"/extensions/" + i3+"/context",schemaPath:"#/properties/incalls/items/properties/extensions/items/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs53 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/incalls/" + i2+"/extensions/" + i3,schemaPath:"#/properties/incalls/items/properties/extensions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid8 = _errs47 === errors;
if(!valid8){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/incalls/" + i2+"/extensions",schemaPath:"#/properties/incalls/items/properties/extensions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid7 = _errs45 === errors;
}
else {
var valid7 = true;
}
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/incalls/" + i2,schemaPath:"#/properties/incalls/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs41 === errors;
if(!valid6){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/incalls",schemaPath:"#/properties/incalls/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.voicemail !== undefined){
let data27 = data.voicemail;
const _errs55 = errors;
if((!(data27 && typeof data27 == "object" && !Array.isArray(data27))) && (data27 !== null)){
validate12.errors = [{instancePath:instancePath+"/voicemail",schemaPath:"#/properties/voicemail/type",keyword:"type",params:{type: schema13.properties.voicemail.type},message:"must be object,null"}];
return false;
}
if(errors === _errs55){
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
let missing6;
if((data27.id === undefined) && (missing6 = "id")){
validate12.errors = [{instancePath:instancePath+"/voicemail",schemaPath:"#/properties/voicemail/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
if(data27.id !== undefined){
let data28 = data27.id;
if(!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))){
validate12.errors = [{instancePath:instancePath+"/voicemail/id",schemaPath:"#/properties/voicemail/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
}
}
}
var valid0 = _errs55 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}

export const userList = validate13;
const schema14 = {"type":"object","required":["total","items"],"properties":{"total":{"type":"integer"},"items":{"type":"array","items":{"type":"object","required":["id","uuid","firstname","lastname","email","userfield","description","enabled","lines","incalls","voicemail"],"properties":{"id":{"type":"integer"},"uuid":{"type":"string"},"firstname":{"type":"string"},"lastname":{"type":["string","null"]},"email":{"type":["string","null"]},"userfield":{"type":["string","null"]},"description":{"type":["string","null"]},"enabled":{"type":"boolean"},"lines":{"type":"array","items":{"type":"object","required":["id","endpoint_sip","extensions"],"properties":{"id":{"type":"integer"},"endpoint_sip":{"type":["object","null"],"required":["id","username"],"properties":{"id":{"type":"integer"},"username":{"type":"string"}}},"extensions":{"type":"array","items":{"type":"object","required":["id","exten","context"],"properties":{"id":{"type":"integer"},"exten":{"type":"string"},"context":{"type":"string"}}}}}}},"incalls":{"type":"array","items":{"type":"object","required":["id","extensions"],"properties":{"id":{"type":"integer"},"extensions":{"type":"array","items":{"type":"object","required":["id","exten","context"],"properties":{"id":{"type":"integer"},"exten":{"type":"string"},"context":{"type":"string"}}}}}}},"voicemail":{"type":["object","null"],"required":["id"],"properties":{"id":{"type":"integer"}}}}}}}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.total === undefined) && (missing0 = "total")) || ((data.items === undefined) && (missing0 = "items"))){
validate13.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.total !== undefined){
let data0 = data.total;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate13.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.items !== undefined){
let data1 = data.items;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((((((((((((data2.id === undefined) && (missing1 = "id")) || ((data2.uuid === undefined) && (missing1 = "uuid"))) || ((data2.firstname === undefined) && (missing1 = "firstname"))) || ((data2.lastname === undefined) && (missing1 = "lastname"))) || ((data2.email === undefined) && (missing1 = "email"))) || ((data2.userfield === undefined) && (missing1 = "userfield"))) || ((data2.description === undefined) && (missing1 = "description"))) || ((data2.enabled === undefined) && (missing1 = "enabled"))) || ((data2.lines === undefined) && (missing1 = "lines"))) || ((data2.incalls === undefined) && (missing1 = "incalls"))) || ((data2.voicemail === undefined) && (missing1 = "voicemail"))){
validate13.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs7 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/id",schemaPath:"#/properties/items/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.uuid !== undefined){
const _errs9 = errors;
if(typeof data2.uuid !== "string"){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/uuid",schemaPath:"#/properties/items/items/properties/uuid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.firstname !== undefined){
const _errs11 = errors;
if(typeof data2.firstname !== "string"){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/firstname",schemaPath:"#/properties/items/items/properties/firstname/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.lastname !== undefined){
let data6 = data2.lastname;
const _errs13 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/lastname",schemaPath:"#/properties/items/items/properties/lastname/type",keyword:"type",params:{type: schema14.properties.items.items.properties.lastname.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.email !== undefined){
let data7 = data2.email;
const _errs15 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/email",schemaPath:"#/properties/items/items/properties/email/type",keyword:"type",params:{type: schema14.properties.items.items.properties.email.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.userfield !== undefined){
let data8 = data2.userfield;
const _errs17 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/userfield",schemaPath:"#/properties/items/items/properties/userfield/type",keyword:"type",params:{type: schema14.properties.items.items.properties.userfield.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.description !== undefined){
let data9 = data2.description;
const _errs19 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/description",schemaPath:"#/properties/items/items/properties/description/type",keyword:"type",params:{type: schema14.properties.items.items.properties.description.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.enabled !== undefined){
const _errs21 = errors;
if(typeof data2.enabled !== "boolean"){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/enabled",schemaPath:"#/properties/items/items/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs21 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.lines !== undefined){
let data11 = data2.lines;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data11)){
var valid3 = true;
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
const _errs25 = errors;
if(errors === _errs25){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing2;
if((((data12.id === undefined) && (missing2 = "id")) || ((data12.endpoint_sip === undefined) && (missing2 = "endpoint_sip"))) || ((data12.extensions === undefined) && (missing2 = "extensions"))){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/lines/" + i1,schemaPath:"#/properties/items/items/properties/lines/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data12.id !== undefined){
let data13 = data12.id;
const _errs27 = errors;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/lines/" + i1+"/id",schemaPath:"#/properties/items/items/properties/lines/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs27 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data12.endpoint_sip !== undefined){
let data14 = data12.endpoint_sip;
const _errs29 = errors;
if((!(data14 && typeof data14 == "object" && !Array.isArray(data14))) && (data14 !== null)){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/lines/" + i1+"/endpoint_sip",schemaPath:"#/properties/items/items/properties/lines/items/properties/endpoint_sip/type",keyword:"type",params:{type: schema14.properties.items.items.properties.lines.items.properties.endpoint_sip.type},message:"must be object,null"}];
return false;
}
if(errors === _errs29){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing3;
if(((data14.id === undefined) && (missing3 = "id")) || ((data14.username === undefined) && (missing3 = "username"))){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/lines/" + i1+"/endpoint_sip",schemaPath:"#/properties/items/items/properties/lines/items/properties/endpoint_sip/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data14.id !== undefined){
let data15 = data14.id;
const _errs31 = errors;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/lines/" + i1+"/endpoint_sip/id",schemaPath:"#/properties/items/items/properties/lines/items/properties/endpoint_sip/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs31 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data14.username !== undefined){
const _errs33 = errors;
if(typeof data14.username !== "string"){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/lines/" + i1+"/endpoint_sip/username",schemaPath:"#/properties/items/items/properties/lines/items/properties/endpoint_sip/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs33 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data12.extensions !== undefined){
let data17 = data12.extensions;
const _errs35 = errors;
if(errors === _errs35){
if(Array.isArray(data17)){
var valid6 = true;
const len2 = data17.length;
for(let i2=0; i2<len2; i2++){
let data18 = data17[i2];
const _errs37 = errors;
if(errors === _errs37){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
let missing4;
if((((data18.id === undefined) && (missing4 = "id")) || ((data18.exten === undefined) && (missing4 = "exten"))) || ((data18.context === undefined) && (missing4 = "context"))){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/lines/" + i1+"/extensions/" + i2,schemaPath:"#/properties/items/items/properties/lines/items/properties/extensions/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
if(data18.id !== undefined){
let data19 = data18.id;
const _errs39 = errors;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/lines/" + i1+"/extensions/" + i2+"/id",schemaPath:"#/properties/items/items/properties/lines/items/properties/extensions/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid7 = _errs39 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data18.exten !== undefined){
const _errs41 = errors;
if(typeof data18.exten !== "string"){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/lines/" + i1+"/extensions/" + i2+"/exten",schemaPath:"#/properties/items/items/properties/lines/items/properties/extensions/items/properties/exten/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs41 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data18.context !== undefined){
const _errs43 = errors;
if(typeof data18.context !== "string"){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/lines/" + i1+"/extensions/" + i2+"/context",schemaPath:"#/properties/items/items/properties/lines/items/properties/extensions/items/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs43 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/lines/" + i1+"/extensions/" + i2,schemaPath:"#/properties/items/items/properties/lines/items/properties/extensions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs37 === errors;
if(!valid6){
break;
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/lines/" + i1+"/extensions",schemaPath:"#/properties/items/items/properties/lines/items/properties/extensions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid4 = _errs35 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/lines/" + i1,schemaPath:"#/properties/items/items/properties/lines/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs25 === errors;
if(!valid3){
break;
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/lines",schemaPath:"#/properties/items/items/properties/lines/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.incalls !== undefined){
let data22 = data2.incalls;
const _errs45 = errors;
if(errors === _errs45){
if(Array.isArray(data22)){
var valid8 = true;
const len3 = data22.length;
for(let i3=0; i3<len3; i3++){
let data23 = data22[i3];
const _errs47 = errors;
if(errors === _errs47){
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
let missing5;
if(((data23.id === undefined) && (missing5 = "id")) || ((data23.extensions === undefined) && (missing5 = "extensions"))){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/incalls/" + i3,schemaPath:"#/properties/items/items/properties/incalls/items/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
if(data23.id !== undefined){
let data24 = data23.id;
const _errs49 = errors;
if(!((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24)))){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/incalls/" + i3+"/id",schemaPath:"#/properties/items/items/properties/incalls/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid9 = _errs49 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data23.extensions !== undefined){
let data25 = data23.extensions;
const _errs51 = errors;
if(errors === _errs51){
if(Array.isArray(data25)){
var valid10 = true;
const len4 = data25.length;
for(let i4=0; i4<len4; i4++){
let data26 = data25[i4];
const _errs53 = errors;
if(errors === _errs53){
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
let missing6;
if((((data26.id === undefined) && (missing6 = "id")) || ((data26.exten === undefined) && (missing6 = "exten"))) || ((data26.context === undefined) && (missing6 = "context"))){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/incalls/" + i3+"/extensions/" + i4,schemaPath:"#/properties/items/items/properties/incalls/items/properties/extensions/items/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
if(data26.id !== undefined){
let data27 = data26.id;
const _errs55 = errors;
if(!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/incalls/" + i3+"/extensions/" + i4+"/id",schemaPath:"#/properties/items/items/properties/incalls/items/properties/extensions/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid11 = _errs55 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data26.exten !== undefined){
const _errs57 = errors;
if(typeof data26.exten !== "string"){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/incalls/" + i3+"/extensions/" + i4+"/exten",schemaPath:"#/properties/items/items/properties/incalls/items/properties/extensions/items/properties/exten/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs57 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data26.context !== undefined){
const _errs59 = errors;
if(typeof data26.context !== "string"){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/incalls/" + i3+"/extensions/" + i4+"/context",schemaPath:"#/properties/items/items/properties/incalls/items/properties/extensions/items/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs59 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/incalls/" + i3+"/extensions/" + i4,schemaPath:"#/properties/items/items/properties/incalls/items/properties/extensions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid10 = _errs53 === errors;
if(!valid10){
break;
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/incalls/" + i3+"/extensions",schemaPath:"#/properties/items/items/properties/incalls/items/properties/extensions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid9 = _errs51 === errors;
}
else {
var valid9 = true;
}
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/incalls/" + i3,schemaPath:"#/properties/items/items/properties/incalls/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid8 = _errs47 === errors;
if(!valid8){
break;
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/incalls",schemaPath:"#/properties/items/items/properties/incalls/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs45 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.voicemail !== undefined){
let data30 = data2.voicemail;
const _errs61 = errors;
if((!(data30 && typeof data30 == "object" && !Array.isArray(data30))) && (data30 !== null)){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/voicemail",schemaPath:"#/properties/items/items/properties/voicemail/type",keyword:"type",params:{type: schema14.properties.items.items.properties.voicemail.type},message:"must be object,null"}];
return false;
}
if(errors === _errs61){
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
let missing7;
if((data30.id === undefined) && (missing7 = "id")){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/voicemail",schemaPath:"#/properties/items/items/properties/voicemail/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
if(data30.id !== undefined){
let data31 = data30.id;
if(!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))){
validate13.errors = [{instancePath:instancePath+"/items/" + i0+"/voicemail/id",schemaPath:"#/properties/items/items/properties/voicemail/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
}
}
}
var valid2 = _errs61 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate13.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate13.errors = vErrors;
return errors === 0;
}

export const userDirectoryItem = validate14;
const schema15 = {"type":"object","required":["id","uuid","agent_id"],"properties":{"id":{"type":"integer"},"uuid":{"type":"string"},"agent_id":{"type":["integer","null"]}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.id === undefined) && (missing0 = "id")) || ((data.uuid === undefined) && (missing0 = "uuid"))) || ((data.agent_id === undefined) && (missing0 = "agent_id"))){
validate14.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate14.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.uuid !== undefined){
const _errs3 = errors;
if(typeof data.uuid !== "string"){
validate14.errors = [{instancePath:instancePath+"/uuid",schemaPath:"#/properties/uuid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.agent_id !== undefined){
let data2 = data.agent_id;
const _errs5 = errors;
if((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (data2 !== null)){
validate14.errors = [{instancePath:instancePath+"/agent_id",schemaPath:"#/properties/agent_id/type",keyword:"type",params:{type: schema15.properties.agent_id.type},message:"must be integer,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate14.errors = vErrors;
return errors === 0;
}

export const userDirectoryList = validate15;
const schema16 = {"type":"object","required":["total","items"],"properties":{"total":{"type":"integer"},"items":{"type":"array","items":{"type":"object","required":["id","uuid","agent_id"],"properties":{"id":{"type":"integer"},"uuid":{"type":"string"},"agent_id":{"type":["integer","null"]}}}}}};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.total === undefined) && (missing0 = "total")) || ((data.items === undefined) && (missing0 = "items"))){
validate15.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.total !== undefined){
let data0 = data.total;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate15.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.items !== undefined){
let data1 = data.items;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((((data2.id === undefined) && (missing1 = "id")) || ((data2.uuid === undefined) && (missing1 = "uuid"))) || ((data2.agent_id === undefined) && (missing1 = "agent_id"))){
validate15.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs7 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate15.errors = [{instancePath:instancePath+"/items/" + i0+"/id",schemaPath:"#/properties/items/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.uuid !== undefined){
const _errs9 = errors;
if(typeof data2.uuid !== "string"){
validate15.errors = [{instancePath:instancePath+"/items/" + i0+"/uuid",schemaPath:"#/properties/items/items/properties/uuid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.agent_id !== undefined){
let data5 = data2.agent_id;
const _errs11 = errors;
if((!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))) && (data5 !== null)){
validate15.errors = [{instancePath:instancePath+"/items/" + i0+"/agent_id",schemaPath:"#/properties/items/items/properties/agent_id/type",keyword:"type",params:{type: schema16.properties.items.items.properties.agent_id.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}

export const lineItem = validate16;
const schema17 = {"type":"object","required":["id","context","endpoint_sip","extensions","users"],"properties":{"id":{"type":"integer"},"context":{"type":"string"},"endpoint_sip":{"type":["object","null"],"required":["id","username"],"properties":{"id":{"type":"integer"},"username":{"type":"string"}}},"extensions":{"type":"array","items":{"type":"object","required":["id","exten","context"],"properties":{"id":{"type":"integer"},"exten":{"type":"string"},"context":{"type":"string"}}}},"users":{"type":"array","items":{"type":"object","required":["uuid"],"properties":{"uuid":{"type":"string"}}}}}};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.id === undefined) && (missing0 = "id")) || ((data.context === undefined) && (missing0 = "context"))) || ((data.endpoint_sip === undefined) && (missing0 = "endpoint_sip"))) || ((data.extensions === undefined) && (missing0 = "extensions"))) || ((data.users === undefined) && (missing0 = "users"))){
validate16.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate16.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context !== undefined){
const _errs3 = errors;
if(typeof data.context !== "string"){
validate16.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.endpoint_sip !== undefined){
let data2 = data.endpoint_sip;
const _errs5 = errors;
if((!(data2 && typeof data2 == "object" && !Array.isArray(data2))) && (data2 !== null)){
validate16.errors = [{instancePath:instancePath+"/endpoint_sip",schemaPath:"#/properties/endpoint_sip/type",keyword:"type",params:{type: schema17.properties.endpoint_sip.type},message:"must be object,null"}];
return false;
}
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.id === undefined) && (missing1 = "id")) || ((data2.username === undefined) && (missing1 = "username"))){
validate16.errors = [{instancePath:instancePath+"/endpoint_sip",schemaPath:"#/properties/endpoint_sip/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs7 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate16.errors = [{instancePath:instancePath+"/endpoint_sip/id",schemaPath:"#/properties/endpoint_sip/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.username !== undefined){
const _errs9 = errors;
if(typeof data2.username !== "string"){
validate16.errors = [{instancePath:instancePath+"/endpoint_sip/username",schemaPath:"#/properties/endpoint_sip/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.extensions !== undefined){
let data5 = data.extensions;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data5)){
var valid2 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs13 = errors;
if(errors === _errs13){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if((((data6.id === undefined) && (missing2 = "id")) || ((data6.exten === undefined) && (missing2 = "exten"))) || ((data6.context === undefined) && (missing2 = "context"))){
validate16.errors = [{instancePath:instancePath+"/extensions/" + i0,schemaPath:"#/properties/extensions/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data6.id !== undefined){
let data7 = data6.id;
const _errs15 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
validate16.errors = [{instancePath:instancePath+"/extensions/" + i0+"/id",schemaPath:"#/properties/extensions/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.exten !== undefined){
const _errs17 = errors;
if(typeof data6.exten !== "string"){
validate16.errors = [{instancePath:instancePath+"/extensions/" + i0+"/exten",schemaPath:"#/properties/extensions/items/properties/exten/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.context !== undefined){
const _errs19 = errors;
if(typeof data6.context !== "string"){
validate16.errors = [{instancePath:instancePath+"/extensions/" + i0+"/context",schemaPath:"#/properties/extensions/items/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/extensions/" + i0,schemaPath:"#/properties/extensions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs13 === errors;
if(!valid2){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/extensions",schemaPath:"#/properties/extensions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.users !== undefined){
let data10 = data.users;
const _errs21 = errors;
if(errors === _errs21){
if(Array.isArray(data10)){
var valid4 = true;
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
const _errs23 = errors;
if(errors === _errs23){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing3;
if((data11.uuid === undefined) && (missing3 = "uuid")){
validate16.errors = [{instancePath:instancePath+"/users/" + i1,schemaPath:"#/properties/users/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data11.uuid !== undefined){
if(typeof data11.uuid !== "string"){
validate16.errors = [{instancePath:instancePath+"/users/" + i1+"/uuid",schemaPath:"#/properties/users/items/properties/uuid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/users/" + i1,schemaPath:"#/properties/users/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs23 === errors;
if(!valid4){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}

export const lineList = validate17;
const schema18 = {"type":"object","required":["total","items"],"properties":{"total":{"type":"integer"},"items":{"type":"array","items":{"type":"object","required":["id","context","endpoint_sip","extensions","users"],"properties":{"id":{"type":"integer"},"context":{"type":"string"},"endpoint_sip":{"type":["object","null"],"required":["id","username"],"properties":{"id":{"type":"integer"},"username":{"type":"string"}}},"extensions":{"type":"array","items":{"type":"object","required":["id","exten","context"],"properties":{"id":{"type":"integer"},"exten":{"type":"string"},"context":{"type":"string"}}}},"users":{"type":"array","items":{"type":"object","required":["uuid"],"properties":{"uuid":{"type":"string"}}}}}}}}};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.total === undefined) && (missing0 = "total")) || ((data.items === undefined) && (missing0 = "items"))){
validate17.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.total !== undefined){
let data0 = data.total;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate17.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.items !== undefined){
let data1 = data.items;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((((((data2.id === undefined) && (missing1 = "id")) || ((data2.context === undefined) && (missing1 = "context"))) || ((data2.endpoint_sip === undefined) && (missing1 = "endpoint_sip"))) || ((data2.extensions === undefined) && (missing1 = "extensions"))) || ((data2.users === undefined) && (missing1 = "users"))){
validate17.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs7 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate17.errors = [{instancePath:instancePath+"/items/" + i0+"/id",schemaPath:"#/properties/items/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.context !== undefined){
const _errs9 = errors;
if(typeof data2.context !== "string"){
validate17.errors = [{instancePath:instancePath+"/items/" + i0+"/context",schemaPath:"#/properties/items/items/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.endpoint_sip !== undefined){
let data5 = data2.endpoint_sip;
const _errs11 = errors;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
validate17.errors = [{instancePath:instancePath+"/items/" + i0+"/endpoint_sip",schemaPath:"#/properties/items/items/properties/endpoint_sip/type",keyword:"type",params:{type: schema18.properties.items.items.properties.endpoint_sip.type},message:"must be object,null"}];
return false;
}
if(errors === _errs11){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing2;
if(((data5.id === undefined) && (missing2 = "id")) || ((data5.username === undefined) && (missing2 = "username"))){
validate17.errors = [{instancePath:instancePath+"/items/" + i0+"/endpoint_sip",schemaPath:"#/properties/items/items/properties/endpoint_sip/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data5.id !== undefined){
let data6 = data5.id;
const _errs13 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
validate17.errors = [{instancePath:instancePath+"/items/" + i0+"/endpoint_sip/id",schemaPath:"#/properties/items/items/properties/endpoint_sip/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.username !== undefined){
const _errs15 = errors;
if(typeof data5.username !== "string"){
validate17.errors = [{instancePath:instancePath+"/items/" + i0+"/endpoint_sip/username",schemaPath:"#/properties/items/items/properties/endpoint_sip/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.extensions !== undefined){
let data8 = data2.extensions;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data8)){
var valid4 = true;
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
const _errs19 = errors;
if(errors === _errs19){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing3;
if((((data9.id === undefined) && (missing3 = "id")) || ((data9.exten === undefined) && (missing3 = "exten"))) || ((data9.context === undefined) && (missing3 = "context"))){
validate17.errors = [{instancePath:instancePath+"/items/" + i0+"/extensions/" + i1,schemaPath:"#/properties/items/items/properties/extensions/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data9.id !== undefined){
let data10 = data9.id;
const _errs21 = errors;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
validate17.errors = [{instancePath:instancePath+"/items/" + i0+"/extensions/" + i1+"/id",schemaPath:"#/properties/items/items/properties/extensions/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs21 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data9.exten !== undefined){
const _errs23 = errors;
if(typeof data9.exten !== "string"){
validate17.errors = [{instancePath:instancePath+"/items/" + i0+"/extensions/" + i1+"/exten",schemaPath:"#/properties/items/items/properties/extensions/items/properties/exten/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs23 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data9.context !== undefined){
const _errs25 = errors;
if(typeof data9.context !== "string"){
validate17.errors = [{instancePath:instancePath+"/items/" + i0+"/extensions/" + i1+"/context",schemaPath:"#/properties/items/items/properties/extensions/items/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs25 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/items/" + i0+"/extensions/" + i1,schemaPath:"#/properties/items/items/properties/extensions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs19 === errors;
if(!valid4){
break;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/items/" + i0+"/extensions",schemaPath:"#/properties/items/items/properties/extensions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.users !== undefined){
let data13 = data2.users;
const _errs27 = errors;
if(errors === _errs27){
if(Array.isArray(data13)){
var valid6 = true;
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
let data14 = data13[i2];
const _errs29 = errors;
if(errors === _errs29){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing4;
if((data14.uuid === undefined) && (missing4 = "uuid")){
validate17.errors = [{instancePath:instancePath+"/items/" + i0+"/users/" + i2,schemaPath:"#/properties/items/items/properties/users/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
if(data14.uuid !== undefined){
if(typeof data14.uuid !== "string"){
validate17.errors = [{instancePath:instancePath+"/items/" + i0+"/users/" + i2+"/uuid",schemaPath:"#/properties/items/items/properties/users/items/properties/uuid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/items/" + i0+"/users/" + i2,schemaPath:"#/properties/items/items/properties/users/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs29 === errors;
if(!valid6){
break;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/items/" + i0+"/users",schemaPath:"#/properties/items/items/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs27 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate17.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate17.errors = vErrors;
return errors === 0;
}

export const endpointSipItem = validate18;
const schema19 = {"type":"object","required":["id","username"],"properties":{"id":{"type":"integer"},"username":{"type":"string"}}};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.id === undefined) && (missing0 = "id")) || ((data.username === undefined) && (missing0 = "username"))){
validate18.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate18.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
const _errs3 = errors;
if(typeof data.username !== "string"){
validate18.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate18.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate18.errors = vErrors;
return errors === 0;
}

export const endpointSipList = validate19;
const schema20 = {"type":"object","required":["total","items"],"properties":{"total":{"type":"integer"},"items":{"type":"array","items":{"type":"object","required":["id","username"],"properties":{"id":{"type":"integer"},"username":{"type":"string"}}}}}};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.total === undefined) && (missing0 = "total")) || ((data.items === undefined) && (missing0 = "items"))){
validate19.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.total !== undefined){
let data0 = data.total;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate19.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.items !== undefined){
let data1 = data.items;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.id === undefined) && (missing1 = "id")) || ((data2.username === undefined) && (missing1 = "username"))){
validate19.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs7 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate19.errors = [{instancePath:instancePath+"/items/" + i0+"/id",schemaPath:"#/properties/items/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.username !== undefined){
const _errs9 = errors;
if(typeof data2.username !== "string"){
validate19.errors = [{instancePath:instancePath+"/items/" + i0+"/username",schemaPath:"#/properties/items/items/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate19.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate19.errors = vErrors;
return errors === 0;
}

export const extensionItem = validate20;
const schema21 = {"type":"object","required":["id","exten","context","lines","incall"],"properties":{"id":{"type":"integer"},"exten":{"type":"string"},"context":{"type":"string"},"lines":{"type":"array","items":{"type":"object","required":["id"],"properties":{"id":{"type":"integer"}}}},"incall":{"type":["object","null"],"required":["id"],"properties":{"id":{"type":"integer"}}}}};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.id === undefined) && (missing0 = "id")) || ((data.exten === undefined) && (missing0 = "exten"))) || ((data.context === undefined) && (missing0 = "context"))) || ((data.lines === undefined) && (missing0 = "lines"))) || ((data.incall === undefined) && (missing0 = "incall"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exten !== undefined){
const _errs3 = errors;
if(typeof data.exten !== "string"){
validate20.errors = [{instancePath:instancePath+"/exten",schemaPath:"#/properties/exten/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context !== undefined){
const _errs5 = errors;
if(typeof data.context !== "string"){
validate20.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lines !== undefined){
let data3 = data.lines;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs9 = errors;
if(errors === _errs9){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((data4.id === undefined) && (missing1 = "id")){
validate20.errors = [{instancePath:instancePath+"/lines/" + i0,schemaPath:"#/properties/lines/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data4.id !== undefined){
let data5 = data4.id;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
validate20.errors = [{instancePath:instancePath+"/lines/" + i0+"/id",schemaPath:"#/properties/lines/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/lines/" + i0,schemaPath:"#/properties/lines/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/lines",schemaPath:"#/properties/lines/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.incall !== undefined){
let data6 = data.incall;
const _errs13 = errors;
if((!(data6 && typeof data6 == "object" && !Array.isArray(data6))) && (data6 !== null)){
validate20.errors = [{instancePath:instancePath+"/incall",schemaPath:"#/properties/incall/type",keyword:"type",params:{type: schema21.properties.incall.type},message:"must be object,null"}];
return false;
}
if(errors === _errs13){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if((data6.id === undefined) && (missing2 = "id")){
validate20.errors = [{instancePath:instancePath+"/incall",schemaPath:"#/properties/incall/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data6.id !== undefined){
let data7 = data6.id;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
validate20.errors = [{instancePath:instancePath+"/incall/id",schemaPath:"#/properties/incall/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}

export const extensionList = validate21;
const schema22 = {"type":"object","required":["total","items"],"properties":{"total":{"type":"integer"},"items":{"type":"array","items":{"type":"object","required":["id","exten","context","lines","incall"],"properties":{"id":{"type":"integer"},"exten":{"type":"string"},"context":{"type":"string"},"lines":{"type":"array","items":{"type":"object","required":["id"],"properties":{"id":{"type":"integer"}}}},"incall":{"type":["object","null"],"required":["id"],"properties":{"id":{"type":"integer"}}}}}}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.total === undefined) && (missing0 = "total")) || ((data.items === undefined) && (missing0 = "items"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.total !== undefined){
let data0 = data.total;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate21.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.items !== undefined){
let data1 = data.items;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((((((data2.id === undefined) && (missing1 = "id")) || ((data2.exten === undefined) && (missing1 = "exten"))) || ((data2.context === undefined) && (missing1 = "context"))) || ((data2.lines === undefined) && (missing1 = "lines"))) || ((data2.incall === undefined) && (missing1 = "incall"))){
validate21.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs7 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate21.errors = [{instancePath:instancePath+"/items/" + i0+"/id",schemaPath:"#/properties/items/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.exten !== undefined){
const _errs9 = errors;
if(typeof data2.exten !== "string"){
validate21.errors = [{instancePath:instancePath+"/items/" + i0+"/exten",schemaPath:"#/properties/items/items/properties/exten/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.context !== undefined){
const _errs11 = errors;
if(typeof data2.context !== "string"){
validate21.errors = [{instancePath:instancePath+"/items/" + i0+"/context",schemaPath:"#/properties/items/items/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.lines !== undefined){
let data6 = data2.lines;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data6)){
var valid3 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
const _errs15 = errors;
if(errors === _errs15){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing2;
if((data7.id === undefined) && (missing2 = "id")){
validate21.errors = [{instancePath:instancePath+"/items/" + i0+"/lines/" + i1,schemaPath:"#/properties/items/items/properties/lines/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data7.id !== undefined){
let data8 = data7.id;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
validate21.errors = [{instancePath:instancePath+"/items/" + i0+"/lines/" + i1+"/id",schemaPath:"#/properties/items/items/properties/lines/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/items/" + i0+"/lines/" + i1,schemaPath:"#/properties/items/items/properties/lines/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs15 === errors;
if(!valid3){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/items/" + i0+"/lines",schemaPath:"#/properties/items/items/properties/lines/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.incall !== undefined){
let data9 = data2.incall;
const _errs19 = errors;
if((!(data9 && typeof data9 == "object" && !Array.isArray(data9))) && (data9 !== null)){
validate21.errors = [{instancePath:instancePath+"/items/" + i0+"/incall",schemaPath:"#/properties/items/items/properties/incall/type",keyword:"type",params:{type: schema22.properties.items.items.properties.incall.type},message:"must be object,null"}];
return false;
}
if(errors === _errs19){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing3;
if((data9.id === undefined) && (missing3 = "id")){
validate21.errors = [{instancePath:instancePath+"/items/" + i0+"/incall",schemaPath:"#/properties/items/items/properties/incall/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data9.id !== undefined){
let data10 = data9.id;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
validate21.errors = [{instancePath:instancePath+"/items/" + i0+"/incall/id",schemaPath:"#/properties/items/items/properties/incall/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
}
}
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}

export const contextItem = validate22;
const schema23 = {"type":"object","required":["id","name","type","user_ranges","group_ranges","queue_ranges","conference_room_ranges","incall_ranges"],"properties":{"id":{"type":"integer"},"name":{"type":"string"},"type":{"type":"string"},"user_ranges":{"type":"array","items":{"type":"object","required":["start"],"properties":{"start":{"type":"string"}}}},"group_ranges":{"type":"array","items":{"type":"object","required":["start"],"properties":{"start":{"type":"string"}}}},"queue_ranges":{"type":"array","items":{"type":"object","required":["start"],"properties":{"start":{"type":"string"}}}},"conference_room_ranges":{"type":"array","items":{"type":"object","required":["start"],"properties":{"start":{"type":"string"}}}},"incall_ranges":{"type":"array","items":{"type":"object","required":["start"],"properties":{"start":{"type":"string"}}}}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.id === undefined) && (missing0 = "id")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.type === undefined) && (missing0 = "type"))) || ((data.user_ranges === undefined) && (missing0 = "user_ranges"))) || ((data.group_ranges === undefined) && (missing0 = "group_ranges"))) || ((data.queue_ranges === undefined) && (missing0 = "queue_ranges"))) || ((data.conference_room_ranges === undefined) && (missing0 = "conference_room_ranges"))) || ((data.incall_ranges === undefined) && (missing0 = "incall_ranges"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate22.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs3 = errors;
if(typeof data.name !== "string"){
validate22.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs5 = errors;
if(typeof data.type !== "string"){
validate22.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_ranges !== undefined){
let data3 = data.user_ranges;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs9 = errors;
if(errors === _errs9){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((data4.start === undefined) && (missing1 = "start")){
validate22.errors = [{instancePath:instancePath+"/user_ranges/" + i0,schemaPath:"#/properties/user_ranges/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data4.start !== undefined){
if(typeof data4.start !== "string"){
validate22.errors = [{instancePath:instancePath+"/user_ranges/" + i0+"/start",schemaPath:"#/properties/user_ranges/items/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/user_ranges/" + i0,schemaPath:"#/properties/user_ranges/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/user_ranges",schemaPath:"#/properties/user_ranges/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.group_ranges !== undefined){
let data6 = data.group_ranges;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data6)){
var valid3 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
const _errs15 = errors;
if(errors === _errs15){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing2;
if((data7.start === undefined) && (missing2 = "start")){
validate22.errors = [{instancePath:instancePath+"/group_ranges/" + i1,schemaPath:"#/properties/group_ranges/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data7.start !== undefined){
if(typeof data7.start !== "string"){
validate22.errors = [{instancePath:instancePath+"/group_ranges/" + i1+"/start",schemaPath:"#/properties/group_ranges/items/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/group_ranges/" + i1,schemaPath:"#/properties/group_ranges/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs15 === errors;
if(!valid3){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/group_ranges",schemaPath:"#/properties/group_ranges/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.queue_ranges !== undefined){
let data9 = data.queue_ranges;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data9)){
var valid5 = true;
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
const _errs21 = errors;
if(errors === _errs21){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing3;
if((data10.start === undefined) && (missing3 = "start")){
validate22.errors = [{instancePath:instancePath+"/queue_ranges/" + i2,schemaPath:"#/properties/queue_ranges/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data10.start !== undefined){
if(typeof data10.start !== "string"){
validate22.errors = [{instancePath:instancePath+"/queue_ranges/" + i2+"/start",schemaPath:"#/properties/queue_ranges/items/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/queue_ranges/" + i2,schemaPath:"#/properties/queue_ranges/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs21 === errors;
if(!valid5){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/queue_ranges",schemaPath:"#/properties/queue_ranges/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.conference_room_ranges !== undefined){
let data12 = data.conference_room_ranges;
const _errs25 = errors;
if(errors === _errs25){
if(Array.isArray(data12)){
var valid7 = true;
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
let data13 = data12[i3];
const _errs27 = errors;
if(errors === _errs27){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing4;
if((data13.start === undefined) && (missing4 = "start")){
validate22.errors = [{instancePath:instancePath+"/conference_room_ranges/" + i3,schemaPath:"#/properties/conference_room_ranges/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
if(data13.start !== undefined){
if(typeof data13.start !== "string"){
validate22.errors = [{instancePath:instancePath+"/conference_room_ranges/" + i3+"/start",schemaPath:"#/properties/conference_room_ranges/items/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/conference_room_ranges/" + i3,schemaPath:"#/properties/conference_room_ranges/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid7 = _errs27 === errors;
if(!valid7){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/conference_room_ranges",schemaPath:"#/properties/conference_room_ranges/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.incall_ranges !== undefined){
let data15 = data.incall_ranges;
const _errs31 = errors;
if(errors === _errs31){
if(Array.isArray(data15)){
var valid9 = true;
const len4 = data15.length;
for(let i4=0; i4<len4; i4++){
let data16 = data15[i4];
const _errs33 = errors;
if(errors === _errs33){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing5;
if((data16.start === undefined) && (missing5 = "start")){
validate22.errors = [{instancePath:instancePath+"/incall_ranges/" + i4,schemaPath:"#/properties/incall_ranges/items/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
if(data16.start !== undefined){
if(typeof data16.start !== "string"){
validate22.errors = [{instancePath:instancePath+"/incall_ranges/" + i4+"/start",schemaPath:"#/properties/incall_ranges/items/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/incall_ranges/" + i4,schemaPath:"#/properties/incall_ranges/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs33 === errors;
if(!valid9){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/incall_ranges",schemaPath:"#/properties/incall_ranges/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}

export const contextList = validate23;
const schema24 = {"type":"object","required":["total","items"],"properties":{"total":{"type":"integer"},"items":{"type":"array","items":{"type":"object","required":["id","name","type","user_ranges","group_ranges","queue_ranges","conference_room_ranges","incall_ranges"],"properties":{"id":{"type":"integer"},"name":{"type":"string"},"type":{"type":"string"},"user_ranges":{"type":"array","items":{"type":"object","required":["start"],"properties":{"start":{"type":"string"}}}},"group_ranges":{"type":"array","items":{"type":"object","required":["start"],"properties":{"start":{"type":"string"}}}},"queue_ranges":{"type":"array","items":{"type":"object","required":["start"],"properties":{"start":{"type":"string"}}}},"conference_room_ranges":{"type":"array","items":{"type":"object","required":["start"],"properties":{"start":{"type":"string"}}}},"incall_ranges":{"type":"array","items":{"type":"object","required":["start"],"properties":{"start":{"type":"string"}}}}}}}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.total === undefined) && (missing0 = "total")) || ((data.items === undefined) && (missing0 = "items"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.total !== undefined){
let data0 = data.total;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate23.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.items !== undefined){
let data1 = data.items;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((((((((data2.id === undefined) && (missing1 = "id")) || ((data2.name === undefined) && (missing1 = "name"))) || ((data2.type === undefined) && (missing1 = "type"))) || ((data2.user_ranges === undefined) && (missing1 = "user_ranges"))) || ((data2.group_ranges === undefined) && (missing1 = "group_ranges"))) || ((data2.queue_ranges === undefined) && (missing1 = "queue_ranges"))) || ((data2.conference_room_ranges === undefined) && (missing1 = "conference_room_ranges"))) || ((data2.incall_ranges === undefined) && (missing1 = "incall_ranges"))){
validate23.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs7 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/id",schemaPath:"#/properties/items/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.name !== undefined){
const _errs9 = errors;
if(typeof data2.name !== "string"){
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/name",schemaPath:"#/properties/items/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.type !== undefined){
const _errs11 = errors;
if(typeof data2.type !== "string"){
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/type",schemaPath:"#/properties/items/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.user_ranges !== undefined){
let data6 = data2.user_ranges;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data6)){
var valid3 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
const _errs15 = errors;
if(errors === _errs15){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing2;
if((data7.start === undefined) && (missing2 = "start")){
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/user_ranges/" + i1,schemaPath:"#/properties/items/items/properties/user_ranges/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data7.start !== undefined){
if(typeof data7.start !== "string"){
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/user_ranges/" + i1+"/start",schemaPath:"#/properties/items/items/properties/user_ranges/items/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/user_ranges/" + i1,schemaPath:"#/properties/items/items/properties/user_ranges/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs15 === errors;
if(!valid3){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/user_ranges",schemaPath:"#/properties/items/items/properties/user_ranges/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.group_ranges !== undefined){
let data9 = data2.group_ranges;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data9)){
var valid5 = true;
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
const _errs21 = errors;
if(errors === _errs21){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing3;
if((data10.start === undefined) && (missing3 = "start")){
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/group_ranges/" + i2,schemaPath:"#/properties/items/items/properties/group_ranges/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data10.start !== undefined){
if(typeof data10.start !== "string"){
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/group_ranges/" + i2+"/start",schemaPath:"#/properties/items/items/properties/group_ranges/items/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/group_ranges/" + i2,schemaPath:"#/properties/items/items/properties/group_ranges/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs21 === errors;
if(!valid5){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/group_ranges",schemaPath:"#/properties/items/items/properties/group_ranges/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.queue_ranges !== undefined){
let data12 = data2.queue_ranges;
const _errs25 = errors;
if(errors === _errs25){
if(Array.isArray(data12)){
var valid7 = true;
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
let data13 = data12[i3];
const _errs27 = errors;
if(errors === _errs27){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing4;
if((data13.start === undefined) && (missing4 = "start")){
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/queue_ranges/" + i3,schemaPath:"#/properties/items/items/properties/queue_ranges/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
if(data13.start !== undefined){
if(typeof data13.start !== "string"){
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/queue_ranges/" + i3+"/start",schemaPath:"#/properties/items/items/properties/queue_ranges/items/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/queue_ranges/" + i3,schemaPath:"#/properties/items/items/properties/queue_ranges/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid7 = _errs27 === errors;
if(!valid7){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/queue_ranges",schemaPath:"#/properties/items/items/properties/queue_ranges/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs25 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.conference_room_ranges !== undefined){
let data15 = data2.conference_room_ranges;
const _errs31 = errors;
if(errors === _errs31){
if(Array.isArray(data15)){
var valid9 = true;
const len4 = data15.length;
for(let i4=0; i4<len4; i4++){
let data16 = data15[i4];
const _errs33 = errors;
if(errors === _errs33){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing5;
if((data16.start === undefined) && (missing5 = "start")){
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/conference_room_ranges/" + i4,schemaPath:"#/properties/items/items/properties/conference_room_ranges/items/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
if(data16.start !== undefined){
if(typeof data16.start !== "string"){
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/conference_room_ranges/" + i4+"/start",schemaPath:"#/properties/items/items/properties/conference_room_ranges/items/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/conference_room_ranges/" + i4,schemaPath:"#/properties/items/items/properties/conference_room_ranges/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs33 === errors;
if(!valid9){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/conference_room_ranges",schemaPath:"#/properties/items/items/properties/conference_room_ranges/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs31 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.incall_ranges !== undefined){
let data18 = data2.incall_ranges;
const _errs37 = errors;
if(errors === _errs37){
if(Array.isArray(data18)){
var valid11 = true;
const len5 = data18.length;
for(let i5=0; i5<len5; i5++){
let data19 = data18[i5];
const _errs39 = errors;
if(errors === _errs39){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing6;
if((data19.start === undefined) && (missing6 = "start")){
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/incall_ranges/" + i5,schemaPath:"#/properties/items/items/properties/incall_ranges/items/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
if(data19.start !== undefined){
if(typeof data19.start !== "string"){
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/incall_ranges/" + i5+"/start",schemaPath:"#/properties/items/items/properties/incall_ranges/items/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/incall_ranges/" + i5,schemaPath:"#/properties/items/items/properties/incall_ranges/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid11 = _errs39 === errors;
if(!valid11){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/items/" + i0+"/incall_ranges",schemaPath:"#/properties/items/items/properties/incall_ranges/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs37 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}

export const incallItem = validate24;
const schema25 = {"type":"object","required":["id","destination","extensions"],"properties":{"id":{"type":"integer"},"destination":{"type":"object","required":["type"],"properties":{"type":{"type":"string"}}},"extensions":{"type":"array","items":{"type":"object","required":["id","exten","context"],"properties":{"id":{"type":"integer"},"exten":{"type":"string"},"context":{"type":"string"}}}}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.id === undefined) && (missing0 = "id")) || ((data.destination === undefined) && (missing0 = "destination"))) || ((data.extensions === undefined) && (missing0 = "extensions"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate24.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.destination !== undefined){
let data1 = data.destination;
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.type === undefined) && (missing1 = "type")){
validate24.errors = [{instancePath:instancePath+"/destination",schemaPath:"#/properties/destination/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.type !== undefined){
if(typeof data1.type !== "string"){
validate24.errors = [{instancePath:instancePath+"/destination/type",schemaPath:"#/properties/destination/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/destination",schemaPath:"#/properties/destination/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.extensions !== undefined){
let data3 = data.extensions;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data3)){
var valid2 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs9 = errors;
if(errors === _errs9){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing2;
if((((data4.id === undefined) && (missing2 = "id")) || ((data4.exten === undefined) && (missing2 = "exten"))) || ((data4.context === undefined) && (missing2 = "context"))){
validate24.errors = [{instancePath:instancePath+"/extensions/" + i0,schemaPath:"#/properties/extensions/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data4.id !== undefined){
let data5 = data4.id;
const _errs11 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
validate24.errors = [{instancePath:instancePath+"/extensions/" + i0+"/id",schemaPath:"#/properties/extensions/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.exten !== undefined){
const _errs13 = errors;
if(typeof data4.exten !== "string"){
validate24.errors = [{instancePath:instancePath+"/extensions/" + i0+"/exten",schemaPath:"#/properties/extensions/items/properties/exten/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.context !== undefined){
const _errs15 = errors;
if(typeof data4.context !== "string"){
validate24.errors = [{instancePath:instancePath+"/extensions/" + i0+"/context",schemaPath:"#/properties/extensions/items/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/extensions/" + i0,schemaPath:"#/properties/extensions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/extensions",schemaPath:"#/properties/extensions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}

export const incallList = validate25;
const schema26 = {"type":"object","required":["total","items"],"properties":{"total":{"type":"integer"},"items":{"type":"array","items":{"type":"object","required":["id","destination","extensions"],"properties":{"id":{"type":"integer"},"destination":{"type":"object","required":["type"],"properties":{"type":{"type":"string"}}},"extensions":{"type":"array","items":{"type":"object","required":["id","exten","context"],"properties":{"id":{"type":"integer"},"exten":{"type":"string"},"context":{"type":"string"}}}}}}}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.total === undefined) && (missing0 = "total")) || ((data.items === undefined) && (missing0 = "items"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.total !== undefined){
let data0 = data.total;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate25.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.items !== undefined){
let data1 = data.items;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((((data2.id === undefined) && (missing1 = "id")) || ((data2.destination === undefined) && (missing1 = "destination"))) || ((data2.extensions === undefined) && (missing1 = "extensions"))){
validate25.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs7 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate25.errors = [{instancePath:instancePath+"/items/" + i0+"/id",schemaPath:"#/properties/items/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.destination !== undefined){
let data4 = data2.destination;
const _errs9 = errors;
if(errors === _errs9){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing2;
if((data4.type === undefined) && (missing2 = "type")){
validate25.errors = [{instancePath:instancePath+"/items/" + i0+"/destination",schemaPath:"#/properties/items/items/properties/destination/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data4.type !== undefined){
if(typeof data4.type !== "string"){
validate25.errors = [{instancePath:instancePath+"/items/" + i0+"/destination/type",schemaPath:"#/properties/items/items/properties/destination/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/items/" + i0+"/destination",schemaPath:"#/properties/items/items/properties/destination/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.extensions !== undefined){
let data6 = data2.extensions;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data6)){
var valid4 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
const _errs15 = errors;
if(errors === _errs15){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing3;
if((((data7.id === undefined) && (missing3 = "id")) || ((data7.exten === undefined) && (missing3 = "exten"))) || ((data7.context === undefined) && (missing3 = "context"))){
validate25.errors = [{instancePath:instancePath+"/items/" + i0+"/extensions/" + i1,schemaPath:"#/properties/items/items/properties/extensions/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data7.id !== undefined){
let data8 = data7.id;
const _errs17 = errors;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
validate25.errors = [{instancePath:instancePath+"/items/" + i0+"/extensions/" + i1+"/id",schemaPath:"#/properties/items/items/properties/extensions/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs17 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data7.exten !== undefined){
const _errs19 = errors;
if(typeof data7.exten !== "string"){
validate25.errors = [{instancePath:instancePath+"/items/" + i0+"/extensions/" + i1+"/exten",schemaPath:"#/properties/items/items/properties/extensions/items/properties/exten/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs19 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data7.context !== undefined){
const _errs21 = errors;
if(typeof data7.context !== "string"){
validate25.errors = [{instancePath:instancePath+"/items/" + i0+"/extensions/" + i1+"/context",schemaPath:"#/properties/items/items/properties/extensions/items/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs21 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/items/" + i0+"/extensions/" + i1,schemaPath:"#/properties/items/items/properties/extensions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs15 === errors;
if(!valid4){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/items/" + i0+"/extensions",schemaPath:"#/properties/items/items/properties/extensions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}

export const voicemailItem = validate26;
const schema27 = {"type":"object","required":["id","name","number","context","users"],"properties":{"id":{"type":"integer"},"name":{"type":"string"},"number":{"type":"string"},"context":{"type":"string"},"users":{"type":"array","items":{"type":"object","required":["uuid"],"properties":{"uuid":{"type":"string"}}}}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.id === undefined) && (missing0 = "id")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.number === undefined) && (missing0 = "number"))) || ((data.context === undefined) && (missing0 = "context"))) || ((data.users === undefined) && (missing0 = "users"))){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate26.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs3 = errors;
if(typeof data.name !== "string"){
validate26.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.number !== undefined){
const _errs5 = errors;
if(typeof data.number !== "string"){
validate26.errors = [{instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context !== undefined){
const _errs7 = errors;
if(typeof data.context !== "string"){
validate26.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.users !== undefined){
let data4 = data.users;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs11 = errors;
if(errors === _errs11){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((data5.uuid === undefined) && (missing1 = "uuid")){
validate26.errors = [{instancePath:instancePath+"/users/" + i0,schemaPath:"#/properties/users/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data5.uuid !== undefined){
if(typeof data5.uuid !== "string"){
validate26.errors = [{instancePath:instancePath+"/users/" + i0+"/uuid",schemaPath:"#/properties/users/items/properties/uuid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/users/" + i0,schemaPath:"#/properties/users/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}

export const voicemailList = validate27;
const schema28 = {"type":"object","required":["total","items"],"properties":{"total":{"type":"integer"},"items":{"type":"array","items":{"type":"object","required":["id","name","number","context","users"],"properties":{"id":{"type":"integer"},"name":{"type":"string"},"number":{"type":"string"},"context":{"type":"string"},"users":{"type":"array","items":{"type":"object","required":["uuid"],"properties":{"uuid":{"type":"string"}}}}}}}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.total === undefined) && (missing0 = "total")) || ((data.items === undefined) && (missing0 = "items"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.total !== undefined){
let data0 = data.total;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate27.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.items !== undefined){
let data1 = data.items;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((((((data2.id === undefined) && (missing1 = "id")) || ((data2.name === undefined) && (missing1 = "name"))) || ((data2.number === undefined) && (missing1 = "number"))) || ((data2.context === undefined) && (missing1 = "context"))) || ((data2.users === undefined) && (missing1 = "users"))){
validate27.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs7 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate27.errors = [{instancePath:instancePath+"/items/" + i0+"/id",schemaPath:"#/properties/items/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.name !== undefined){
const _errs9 = errors;
if(typeof data2.name !== "string"){
validate27.errors = [{instancePath:instancePath+"/items/" + i0+"/name",schemaPath:"#/properties/items/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.number !== undefined){
const _errs11 = errors;
if(typeof data2.number !== "string"){
validate27.errors = [{instancePath:instancePath+"/items/" + i0+"/number",schemaPath:"#/properties/items/items/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.context !== undefined){
const _errs13 = errors;
if(typeof data2.context !== "string"){
validate27.errors = [{instancePath:instancePath+"/items/" + i0+"/context",schemaPath:"#/properties/items/items/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.users !== undefined){
let data7 = data2.users;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data7)){
var valid3 = true;
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
const _errs17 = errors;
if(errors === _errs17){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing2;
if((data8.uuid === undefined) && (missing2 = "uuid")){
validate27.errors = [{instancePath:instancePath+"/items/" + i0+"/users/" + i1,schemaPath:"#/properties/items/items/properties/users/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data8.uuid !== undefined){
if(typeof data8.uuid !== "string"){
validate27.errors = [{instancePath:instancePath+"/items/" + i0+"/users/" + i1+"/uuid",schemaPath:"#/properties/items/items/properties/users/items/properties/uuid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/items/" + i0+"/users/" + i1,schemaPath:"#/properties/items/items/properties/users/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs17 === errors;
if(!valid3){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/items/" + i0+"/users",schemaPath:"#/properties/items/items/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}

export const agentItem = validate28;
const schema29 = {"type":"object","required":["id","number"],"properties":{"id":{"type":"integer"},"number":{"type":"string"},"users":{"type":"array","items":{"type":"object","required":["uuid"],"properties":{"uuid":{"type":"string"}}}}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.id === undefined) && (missing0 = "id")) || ((data.number === undefined) && (missing0 = "number"))){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate28.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.number !== undefined){
const _errs3 = errors;
if(typeof data.number !== "string"){
validate28.errors = [{instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.users !== undefined){
let data2 = data.users;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs7 = errors;
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if((data3.uuid === undefined) && (missing1 = "uuid")){
validate28.errors = [{instancePath:instancePath+"/users/" + i0,schemaPath:"#/properties/users/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data3.uuid !== undefined){
if(typeof data3.uuid !== "string"){
validate28.errors = [{instancePath:instancePath+"/users/" + i0+"/uuid",schemaPath:"#/properties/users/items/properties/uuid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/users/" + i0,schemaPath:"#/properties/users/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}

export const agentList = validate29;
const schema30 = {"type":"object","required":["total","items"],"properties":{"total":{"type":"integer"},"items":{"type":"array","items":{"type":"object","required":["id","number"],"properties":{"id":{"type":"integer"},"number":{"type":"string"},"users":{"type":"array","items":{"type":"object","required":["uuid"],"properties":{"uuid":{"type":"string"}}}}}}}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.total === undefined) && (missing0 = "total")) || ((data.items === undefined) && (missing0 = "items"))){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.total !== undefined){
let data0 = data.total;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate29.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.items !== undefined){
let data1 = data.items;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.id === undefined) && (missing1 = "id")) || ((data2.number === undefined) && (missing1 = "number"))){
validate29.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs7 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate29.errors = [{instancePath:instancePath+"/items/" + i0+"/id",schemaPath:"#/properties/items/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.number !== undefined){
const _errs9 = errors;
if(typeof data2.number !== "string"){
validate29.errors = [{instancePath:instancePath+"/items/" + i0+"/number",schemaPath:"#/properties/items/items/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.users !== undefined){
let data5 = data2.users;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data5)){
var valid3 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
const _errs13 = errors;
if(errors === _errs13){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if((data6.uuid === undefined) && (missing2 = "uuid")){
validate29.errors = [{instancePath:instancePath+"/items/" + i0+"/users/" + i1,schemaPath:"#/properties/items/items/properties/users/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data6.uuid !== undefined){
if(typeof data6.uuid !== "string"){
validate29.errors = [{instancePath:instancePath+"/items/" + i0+"/users/" + i1+"/uuid",schemaPath:"#/properties/items/items/properties/users/items/properties/uuid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/items/" + i0+"/users/" + i1,schemaPath:"#/properties/items/items/properties/users/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs13 === errors;
if(!valid3){
break;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/items/" + i0+"/users",schemaPath:"#/properties/items/items/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}

export const callPermissionItem = validate30;
const schema31 = {"type":"object","required":["id","name"],"properties":{"id":{"type":"integer"},"name":{"type":"string"}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.id === undefined) && (missing0 = "id")) || ((data.name === undefined) && (missing0 = "name"))){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate30.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs3 = errors;
if(typeof data.name !== "string"){
validate30.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}

export const callPermissionList = validate31;
const schema32 = {"type":"object","required":["total","items"],"properties":{"total":{"type":"integer"},"items":{"type":"array","items":{"type":"object","required":["id","name"],"properties":{"id":{"type":"integer"},"name":{"type":"string"}}}}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.total === undefined) && (missing0 = "total")) || ((data.items === undefined) && (missing0 = "items"))){
validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.total !== undefined){
let data0 = data.total;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate31.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.items !== undefined){
let data1 = data.items;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.id === undefined) && (missing1 = "id")) || ((data2.name === undefined) && (missing1 = "name"))){
validate31.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs7 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate31.errors = [{instancePath:instancePath+"/items/" + i0+"/id",schemaPath:"#/properties/items/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.name !== undefined){
const _errs9 = errors;
if(typeof data2.name !== "string"){
validate31.errors = [{instancePath:instancePath+"/items/" + i0+"/name",schemaPath:"#/properties/items/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}

export const userLineItem = validate32;
const schema33 = {"type":"object","required":["user_id","line_id","main_user","main_line"],"properties":{"user_id":{"type":"integer"},"line_id":{"type":"integer"},"main_user":{"type":"boolean"},"main_line":{"type":"boolean"}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.user_id === undefined) && (missing0 = "user_id")) || ((data.line_id === undefined) && (missing0 = "line_id"))) || ((data.main_user === undefined) && (missing0 = "main_user"))) || ((data.main_line === undefined) && (missing0 = "main_line"))){
validate32.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.user_id !== undefined){
let data0 = data.user_id;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate32.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.line_id !== undefined){
let data1 = data.line_id;
const _errs3 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate32.errors = [{instancePath:instancePath+"/line_id",schemaPath:"#/properties/line_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.main_user !== undefined){
const _errs5 = errors;
if(typeof data.main_user !== "boolean"){
validate32.errors = [{instancePath:instancePath+"/main_user",schemaPath:"#/properties/main_user/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.main_line !== undefined){
const _errs7 = errors;
if(typeof data.main_line !== "boolean"){
validate32.errors = [{instancePath:instancePath+"/main_line",schemaPath:"#/properties/main_line/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}

export const userLineList = validate33;
const schema34 = {"type":"object","required":["total","items"],"properties":{"total":{"type":"integer"},"items":{"type":"array","items":{"type":"object","required":["user_id","line_id","main_user","main_line"],"properties":{"user_id":{"type":"integer"},"line_id":{"type":"integer"},"main_user":{"type":"boolean"},"main_line":{"type":"boolean"}}}}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.total === undefined) && (missing0 = "total")) || ((data.items === undefined) && (missing0 = "items"))){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.total !== undefined){
let data0 = data.total;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate33.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.items !== undefined){
let data1 = data.items;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((((data2.user_id === undefined) && (missing1 = "user_id")) || ((data2.line_id === undefined) && (missing1 = "line_id"))) || ((data2.main_user === undefined) && (missing1 = "main_user"))) || ((data2.main_line === undefined) && (missing1 = "main_line"))){
validate33.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.user_id !== undefined){
let data3 = data2.user_id;
const _errs7 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate33.errors = [{instancePath:instancePath+"/items/" + i0+"/user_id",schemaPath:"#/properties/items/items/properties/user_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.line_id !== undefined){
let data4 = data2.line_id;
const _errs9 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
validate33.errors = [{instancePath:instancePath+"/items/" + i0+"/line_id",schemaPath:"#/properties/items/items/properties/line_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.main_user !== undefined){
const _errs11 = errors;
if(typeof data2.main_user !== "boolean"){
validate33.errors = [{instancePath:instancePath+"/items/" + i0+"/main_user",schemaPath:"#/properties/items/items/properties/main_user/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.main_line !== undefined){
const _errs13 = errors;
if(typeof data2.main_line !== "boolean"){
validate33.errors = [{instancePath:instancePath+"/items/" + i0+"/main_line",schemaPath:"#/properties/items/items/properties/main_line/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}

export const lineExtensionItem = validate34;
const schema35 = {"type":"object","required":["line_id","extension_id"],"properties":{"line_id":{"type":"integer"},"extension_id":{"type":"integer"}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.line_id === undefined) && (missing0 = "line_id")) || ((data.extension_id === undefined) && (missing0 = "extension_id"))){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.line_id !== undefined){
let data0 = data.line_id;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate34.errors = [{instancePath:instancePath+"/line_id",schemaPath:"#/properties/line_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.extension_id !== undefined){
let data1 = data.extension_id;
const _errs3 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate34.errors = [{instancePath:instancePath+"/extension_id",schemaPath:"#/properties/extension_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}

export const lineExtensionList = validate35;
const schema36 = {"type":"object","required":["total","items"],"properties":{"total":{"type":"integer"},"items":{"type":"array","items":{"type":"object","required":["line_id","extension_id"],"properties":{"line_id":{"type":"integer"},"extension_id":{"type":"integer"}}}}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.total === undefined) && (missing0 = "total")) || ((data.items === undefined) && (missing0 = "items"))){
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.total !== undefined){
let data0 = data.total;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate35.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.items !== undefined){
let data1 = data.items;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.line_id === undefined) && (missing1 = "line_id")) || ((data2.extension_id === undefined) && (missing1 = "extension_id"))){
validate35.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.line_id !== undefined){
let data3 = data2.line_id;
const _errs7 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate35.errors = [{instancePath:instancePath+"/items/" + i0+"/line_id",schemaPath:"#/properties/items/items/properties/line_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.extension_id !== undefined){
let data4 = data2.extension_id;
const _errs9 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
validate35.errors = [{instancePath:instancePath+"/items/" + i0+"/extension_id",schemaPath:"#/properties/items/items/properties/extension_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}

export const lineEndpointSipItem = validate36;
const schema37 = {"type":"object","required":["line_id","endpoint_id"],"properties":{"line_id":{"type":"integer"},"endpoint_id":{"type":"integer"}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.line_id === undefined) && (missing0 = "line_id")) || ((data.endpoint_id === undefined) && (missing0 = "endpoint_id"))){
validate36.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.line_id !== undefined){
let data0 = data.line_id;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate36.errors = [{instancePath:instancePath+"/line_id",schemaPath:"#/properties/line_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.endpoint_id !== undefined){
let data1 = data.endpoint_id;
const _errs3 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate36.errors = [{instancePath:instancePath+"/endpoint_id",schemaPath:"#/properties/endpoint_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate36.errors = vErrors;
return errors === 0;
}

export const lineEndpointSipList = validate37;
const schema38 = {"type":"object","required":["total","items"],"properties":{"total":{"type":"integer"},"items":{"type":"array","items":{"type":"object","required":["line_id","endpoint_id"],"properties":{"line_id":{"type":"integer"},"endpoint_id":{"type":"integer"}}}}}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.total === undefined) && (missing0 = "total")) || ((data.items === undefined) && (missing0 = "items"))){
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.total !== undefined){
let data0 = data.total;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate37.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.items !== undefined){
let data1 = data.items;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.line_id === undefined) && (missing1 = "line_id")) || ((data2.endpoint_id === undefined) && (missing1 = "endpoint_id"))){
validate37.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.line_id !== undefined){
let data3 = data2.line_id;
const _errs7 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate37.errors = [{instancePath:instancePath+"/items/" + i0+"/line_id",schemaPath:"#/properties/items/items/properties/line_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.endpoint_id !== undefined){
let data4 = data2.endpoint_id;
const _errs9 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
validate37.errors = [{instancePath:instancePath+"/items/" + i0+"/endpoint_id",schemaPath:"#/properties/items/items/properties/endpoint_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}

export const userVoicemailItem = validate38;
const schema39 = {"type":"object","required":["user_id","voicemail_id"],"properties":{"user_id":{"type":"integer"},"voicemail_id":{"type":"integer"}}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.user_id === undefined) && (missing0 = "user_id")) || ((data.voicemail_id === undefined) && (missing0 = "voicemail_id"))){
validate38.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.user_id !== undefined){
let data0 = data.user_id;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate38.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.voicemail_id !== undefined){
let data1 = data.voicemail_id;
const _errs3 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate38.errors = [{instancePath:instancePath+"/voicemail_id",schemaPath:"#/properties/voicemail_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate38.errors = vErrors;
return errors === 0;
}

export const userVoicemailList = validate39;
const schema40 = {"type":"object","required":["total","items"],"properties":{"total":{"type":"integer"},"items":{"type":"array","items":{"type":"object","required":["user_id","voicemail_id"],"properties":{"user_id":{"type":"integer"},"voicemail_id":{"type":"integer"}}}}}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.total === undefined) && (missing0 = "total")) || ((data.items === undefined) && (missing0 = "items"))){
validate39.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.total !== undefined){
let data0 = data.total;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate39.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.items !== undefined){
let data1 = data.items;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.user_id === undefined) && (missing1 = "user_id")) || ((data2.voicemail_id === undefined) && (missing1 = "voicemail_id"))){
validate39.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.user_id !== undefined){
let data3 = data2.user_id;
const _errs7 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate39.errors = [{instancePath:instancePath+"/items/" + i0+"/user_id",schemaPath:"#/properties/items/items/properties/user_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.voicemail_id !== undefined){
let data4 = data2.voicemail_id;
const _errs9 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
validate39.errors = [{instancePath:instancePath+"/items/" + i0+"/voicemail_id",schemaPath:"#/properties/items/items/properties/voicemail_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate39.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate39.errors = vErrors;
return errors === 0;
}

export const userAgentItem = validate40;
const schema41 = {"type":"object","required":["user_id","agent_id"],"properties":{"user_id":{"type":"integer"},"agent_id":{"type":"integer"}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.user_id === undefined) && (missing0 = "user_id")) || ((data.agent_id === undefined) && (missing0 = "agent_id"))){
validate40.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.user_id !== undefined){
let data0 = data.user_id;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate40.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.agent_id !== undefined){
let data1 = data.agent_id;
const _errs3 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate40.errors = [{instancePath:instancePath+"/agent_id",schemaPath:"#/properties/agent_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate40.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate40.errors = vErrors;
return errors === 0;
}

export const userAgentList = validate41;
const schema42 = {"type":"object","required":["total","items"],"properties":{"total":{"type":"integer"},"items":{"type":"array","items":{"type":"object","required":["user_id","agent_id"],"properties":{"user_id":{"type":"integer"},"agent_id":{"type":"integer"}}}}}};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.total === undefined) && (missing0 = "total")) || ((data.items === undefined) && (missing0 = "items"))){
validate41.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.total !== undefined){
let data0 = data.total;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate41.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.items !== undefined){
let data1 = data.items;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.user_id === undefined) && (missing1 = "user_id")) || ((data2.agent_id === undefined) && (missing1 = "agent_id"))){
validate41.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.user_id !== undefined){
let data3 = data2.user_id;
const _errs7 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate41.errors = [{instancePath:instancePath+"/items/" + i0+"/user_id",schemaPath:"#/properties/items/items/properties/user_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.agent_id !== undefined){
let data4 = data2.agent_id;
const _errs9 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
validate41.errors = [{instancePath:instancePath+"/items/" + i0+"/agent_id",schemaPath:"#/properties/items/items/properties/agent_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate41.errors = vErrors;
return errors === 0;
}

export const userCallPermissionItem = validate42;
const schema43 = {"type":"object","required":["user_id","call_permission_id"],"properties":{"user_id":{"type":"integer"},"call_permission_id":{"type":"integer"}}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.user_id === undefined) && (missing0 = "user_id")) || ((data.call_permission_id === undefined) && (missing0 = "call_permission_id"))){
validate42.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.user_id !== undefined){
let data0 = data.user_id;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate42.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.call_permission_id !== undefined){
let data1 = data.call_permission_id;
const _errs3 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate42.errors = [{instancePath:instancePath+"/call_permission_id",schemaPath:"#/properties/call_permission_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate42.errors = vErrors;
return errors === 0;
}

export const userCallPermissionList = validate43;
const schema44 = {"type":"object","required":["total","items"],"properties":{"total":{"type":"integer"},"items":{"type":"array","items":{"type":"object","required":["user_id","call_permission_id"],"properties":{"user_id":{"type":"integer"},"call_permission_id":{"type":"integer"}}}}}};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.total === undefined) && (missing0 = "total")) || ((data.items === undefined) && (missing0 = "items"))){
validate43.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.total !== undefined){
let data0 = data.total;
const _errs1 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate43.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.items !== undefined){
let data1 = data.items;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.user_id === undefined) && (missing1 = "user_id")) || ((data2.call_permission_id === undefined) && (missing1 = "call_permission_id"))){
validate43.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.user_id !== undefined){
let data3 = data2.user_id;
const _errs7 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate43.errors = [{instancePath:instancePath+"/items/" + i0+"/user_id",schemaPath:"#/properties/items/items/properties/user_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.call_permission_id !== undefined){
let data4 = data2.call_permission_id;
const _errs9 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
validate43.errors = [{instancePath:instancePath+"/items/" + i0+"/call_permission_id",schemaPath:"#/properties/items/items/properties/call_permission_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate43.errors = vErrors;
return errors === 0;
}
