// The thanks page is a function too, so it needs the same security headers as
// /api/. A middleware here covers /inquiry/thanks/ only; one at the root would send
// every static page through a Worker (see functions/api/_middleware.ts).
export { onRequest } from '../../api/_middleware';
