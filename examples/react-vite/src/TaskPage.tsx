import { useState } from 'react';
import { CivicTaskList } from '@civic-design/react';

type Status = 'completed' | 'in-progress' | 'cannot-start';

// The tasks live in React state and reach the list as its `tasks` prop (the
// same data renderTaskList takes, so a server could write this list too); a
// change of state renders the list afresh.
export function TaskPage() {
  const [vehicle, setVehicle] = useState<Status>('in-progress');
  const tasks = [
    { text: 'Your details', href: '/details', status: 'completed' as const },
    { text: 'Vehicle', href: '/vehicle', hint: 'Make, model and registration', status: vehicle },
    { text: 'Pay the fee', status: 'cannot-start' as const },
  ];
  return (
    <main>
      <h1>Your application</h1>
      <CivicTaskList id="tasks" show-summary tasks={tasks} />
      <button type="button" onClick={() => setVehicle('completed')}>
        Finish vehicle
      </button>
    </main>
  );
}
