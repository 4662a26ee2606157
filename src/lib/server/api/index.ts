export { apiEditionDetail, apiEditionSummary } from './editions';
export { openApiDocument } from './openapi';
