import type { DBCore, DBCoreTransaction } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import type { StorageProblem } from './storage-problem';
import { storageWatch } from './storage-watch';

/** A transaction as the IndexedDB core gives it: an event target with the error it was aborted by. */
class FakeTransaction extends EventTarget {
  error: DOMException | null = null;
  abort(): void {}
  abortWith(error: DOMException | null): void {
    this.error = error;
    this.dispatchEvent(new Event('abort'));
  }
}

function watched() {
  const made: FakeTransaction[] = [];
  const down = { transaction: () => made[made.push(new FakeTransaction()) - 1] as unknown as DBCoreTransaction } as unknown as DBCore;
  const onProblem = vi.fn<(problem: StorageProblem) => void>();
  const core = storageWatch(onProblem).create(down) as DBCore;
  return { core, onProblem, made };
}

describe('storageWatch', () => {
  it('tells of a write transaction aborted because the disk is full', () => {
    const { core, onProblem, made } = watched();
    const transaction = core.transaction(['highlights'], 'readwrite');
    expect(transaction).toBe(made[0]);
    made[0]!.abortWith(new DOMException('full', 'QuotaExceededError'));
    expect(onProblem).toHaveBeenCalledExactlyOnceWith('storage-full');
  });

  it('says nothing of an abort for another reason, or of a read', () => {
    const { core, onProblem, made } = watched();
    core.transaction(['highlights'], 'readwrite');
    made[0]!.abortWith(new DOMException('key exists', 'ConstraintError'));
    core.transaction(['highlights'], 'readwrite');
    made[1]!.abortWith(null);
    core.transaction(['highlights'], 'readonly');
    made[2]!.abortWith(new DOMException('full', 'QuotaExceededError'));
    expect(onProblem).not.toHaveBeenCalled();
  });
});
