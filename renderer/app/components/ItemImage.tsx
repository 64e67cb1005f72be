// A menu picture from the menu's asset base; when an item has none, or it fails to
// load, a tile with the name's first letter keeps the grid even.
import { useState } from "react";
import { assetUrl } from "../format.ts";

const tileColours = 6;

function tileOf(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return h % tileColours;
}

export function ItemImage({ id, name, image, assetBase, className = "" }: { id: string; name: string; image: string | undefined; assetBase: string; className?: string }) {
  const [failed, setFailed] = useState(false);
  const src = assetUrl(assetBase, image);
  if (!src || failed) {
    return (
      <span className={`item-image item-image-tile tile-${tileOf(id)} ${className}`} aria-hidden="true">
        {Array.from(name)[0] ?? "?"}
      </span>
    );
  }
  return <img className={`item-image ${className}`} src={src} alt="" loading="lazy" decoding="async" draggable={false} onError={() => setFailed(true)} />;
}
