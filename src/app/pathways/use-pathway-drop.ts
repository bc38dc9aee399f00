/**
 * Dropping a file on the diagram opens it as a pathway (as "Open pathway…" does). Only
 * drags that carry files are taken; the first file is opened.
 */
import { type DragEvent, useState } from 'react';
import { usePathways } from './PathwayAtlas';

const carriesFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files');

export function usePathwayDrop() {
  const { session } = usePathways();
  const [dragging, setDragging] = useState(false);
  return {
    dragging,
    handlers: {
      onDragOver: (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      },
      onDragLeave: (event: DragEvent) => {
        // Leaving for a child of the drop zone is not leaving it.
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        setDragging(false);
      },
      onDrop: (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) void session.open(file);
      },
    },
  };
}
