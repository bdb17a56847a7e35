import '@civic-design/tokens/tokens.css';
import '@civic-design/components/civic.css';
import type { ReactNode } from 'react';

export const metadata = { title: 'Your details' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
