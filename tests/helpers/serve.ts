export { serve } from '../../src/bench/serve.ts';
