// The content editor's sign-in starts here (src/features/admin/server/oauth.ts).
import { startSignIn, type AdminEnv } from '../../../src/features/admin/server/oauth';

export const onRequestGet: PagesFunction<AdminEnv> = ({ request, env }) => startSignIn(request, env);
