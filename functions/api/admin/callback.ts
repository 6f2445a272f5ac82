// GitHub sends the content editor's sign-in back here (src/features/admin/server/oauth.ts).
import { finishSignIn, type AdminEnv } from '../../../src/features/admin/server/oauth';

export const onRequestGet: PagesFunction<AdminEnv> = ({ request, env }) => finishSignIn(request, env);
