import '@civic-design/tokens/tokens.css';
import '@civic-design/components/civic.css';
import type { ReactNode } from 'react';
// Page furniture with no element: rendered here, in a Server Component, and
// none of its code is sent to the browser (check.mjs looks).
import { CivicFooter, CivicHeader } from '@civic-design/react';

export const metadata = { title: 'Your details' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <CivicHeader organisationName="Cardiff Council" serviceName="Apply for a parking permit" />
        {children}
        <CivicFooter
          items={[{ text: 'Accessibility statement', href: '/accessibility' }]}
          copyright="© Cardiff Council 2026"
        />
      </body>
    </html>
  );
}
