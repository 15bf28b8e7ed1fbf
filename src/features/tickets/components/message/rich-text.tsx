import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import type { RichNode } from '../../model/rich-text.ts';

/**
 * A formatted message body as React elements: text nodes only, never HTML. Links open outside with
 * `rel="noopener noreferrer"`; their `href` was checked by the parser (http, https, mailto, tel).
 */
export function RichText({ nodes }: { nodes: RichNode[] }) {
  return <>{nodes.map(render)}</>;
}

function render(node: RichNode, index: number): ReactNode {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'bold':
      return <strong key={index}>{node.children.map(render)}</strong>;
    case 'italic':
      return <em key={index}>{node.children.map(render)}</em>;
    case 'strike':
      return <del key={index}>{node.children.map(render)}</del>;
    case 'mono':
      return (
        <Box
          key={index}
          component="code"
          sx={{ fontFamily: 'monospace', fontSize: '0.95em', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {node.text}
        </Box>
      );
    case 'link': {
      const outside = /^https?:/.test(node.href);
      return (
        <Link
          key={index}
          href={node.href}
          {...(outside && { target: '_blank' })}
          rel="noopener noreferrer"
          sx={{ color: 'inherit', textDecorationColor: 'currentColor', overflowWrap: 'anywhere' }}
        >
          {node.text}
        </Link>
      );
    }
  }
}
