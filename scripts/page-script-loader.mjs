// Writes src/security/page-script-loader.generated.ts from the loader's source, before
// the build loads it (see src/integrations/page-script-loader-build.ts).
import { writeLoaderModule } from '../src/integrations/page-script-loader-build.ts';

if (await writeLoaderModule())
  console.log('page-script loader: src/security/page-script-loader.generated.ts rewritten');
