// A Server Component page around a client component that holds the tasks.
import { ApplicationTasks } from './application-tasks';

export default function TasksPage() {
  return (
    <main>
      <h1>Your application</h1>
      <ApplicationTasks />
    </main>
  );
}
