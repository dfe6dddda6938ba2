/** Plans without a province are listed under this name (kept apart from catalog.ts, which needs Node, so pages can use it). */
export const NO_PROVINCE = '未注明省份';
