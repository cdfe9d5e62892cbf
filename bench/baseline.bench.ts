import { measure, reportRatio, type Benchmark } from './harness';

// A sanity check of the harness itself: the same work measured twice should read close to 1×.
const sameWork = () => JSON.stringify(Array.from({ length: 2_000 }, (_, i) => ({ i, text: `item ${i}` })));

const benchmark: Benchmark = {
  title: 'Harness self-check',
  async run() {
    const baseline = await measure(sameWork);
    const again = await measure(sameWork);
    reportRatio('same work measured twice', again, baseline);
  },
};
export default benchmark;
