// Part 1 of the manifest-driven sweep of mistakes and hostile input (test/manifest-sweep.ts).
import { sweepShard } from '../../test/manifest-sweep.js';

sweepShard(1, 3);
