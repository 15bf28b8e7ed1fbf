import type { ReactNode } from 'react';
import type { RichNode } from '../../model/rich-text.ts';
import { bubbleClasses } from './bubble-styles.tsx';

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
        <code key={index} className={bubbleClasses.code}>
          {node.text}
        </code>
      );
    case 'link': {
      const outside = /^https?:/.test(node.href);
      return (
        <a
          key={index}
          className={bubbleClasses.link}
          href={node.href}
          {...(outside && { target: '_blank' })}
          rel="noopener noreferrer"
        >
          {node.text}
        </a>
      );
    }
  }
}
