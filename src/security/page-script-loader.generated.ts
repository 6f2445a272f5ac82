// Written by `npm run build` from src/integrations/page-script-loader.ts
// (src/integrations/page-script-loader-build.ts): edit the source, not this file.

/** The inline script that starts each page script after the first paint, as every page carries it. */
export const PAGE_SCRIPT_LOADER =
  '{const t=document.currentScript?.dataset.module??"",e=()=>{import(t).catch(()=>{document.documentElement.setAttribute("data-scripts-failed","")})};PerformanceObserver.supportedEntryTypes?.includes("paint")?new PerformanceObserver((r,n)=>{r.getEntriesByName("first-contentful-paint").length>0&&(n.disconnect(),e())}).observe({type:"paint",buffered:!0}):addEventListener("load",e)}';

/** The loader's SHA-256, as script-src allows it. */
export const PAGE_SCRIPT_LOADER_HASH = "'sha256-M66tFcnsOTdkNPqW4emu79ol2STmu4lyjwKNDkZTszo='";
