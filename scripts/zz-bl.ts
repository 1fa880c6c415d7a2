import { benchLibrary } from './bench-library';
const r = await benchLibrary();
for (const [k, v] of Object.entries(r)) console.log(k.padEnd(50), typeof v === 'number' ? v.toFixed(1) : v);
