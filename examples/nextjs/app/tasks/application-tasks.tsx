'use client';
// The tasks live in React state and reach the list as its `tasks` prop, so the
// server HTML holds the whole list (links, statuses, the summary line) and a
// change of state renders it afresh in the browser.
import { useState } from 'react';
import { CivicTaskList } from '@civic-design/react';

export function ApplicationTasks() {
  const [vehicle, setVehicle] = useState<'in-progress' | 'completed'>('in-progress');
  const tasks = [
    { text: 'Your details', href: '/details', status: 'completed' as const },
    { text: 'Vehicle', href: '/vehicle', hint: 'Make, model and registration', status: vehicle },
    { text: 'Pay the fee', status: 'cannot-start' as const },
  ];
  return (
    <>
      <CivicTaskList id="tasks" show-summary tasks={tasks} />
      <button type="button" onClick={() => setVehicle('completed')}>
        Finish vehicle
      </button>
    </>
  );
}
