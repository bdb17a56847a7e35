import { useState } from 'preact/hooks';

// The tasks live in Preact state and render as <civic-task> data children,
// which the list reads like a <select> reads its <option>s: when Preact sets a
// child's `status`, the list rebuilds.
export function TaskPage() {
  const [vehicle, setVehicle] = useState<'in-progress' | 'completed'>('in-progress');
  return (
    <main>
      <h1>Your application</h1>
      <civic-task-list id="tasks" show-summary>
        <civic-task href="/details" status="completed">
          Your details
        </civic-task>
        <civic-task href="/vehicle" hint="Make, model and registration" status={vehicle}>
          Vehicle
        </civic-task>
        <civic-task status="cannot-start">Pay the fee</civic-task>
      </civic-task-list>
      <button type="button" onClick={() => setVehicle('completed')}>
        Finish vehicle
      </button>
    </main>
  );
}
