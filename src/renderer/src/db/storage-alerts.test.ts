import { describe, expect, it, vi } from 'vitest';
import { createStorageAlerts } from './storage-alerts';

describe('createStorageAlerts', () => {
  it('keeps the problem reported until dismissed, telling listeners of each change once', () => {
    const alerts = createStorageAlerts();
    const listener = vi.fn();
    const unsubscribe = alerts.subscribe(listener);
    expect(alerts.current()).toBeNull();
    alerts.report('storage-full');
    alerts.report('storage-full');
    expect(alerts.current()).toBe('storage-full');
    expect(listener).toHaveBeenCalledTimes(1);
    alerts.dismiss();
    expect(alerts.current()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    alerts.report('storage-full');
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
