// Several action items of a review closed at once ("Afronden"). Each item is the single close in
// full (lib/http/bulk.ts), so an item already closed or changed meanwhile fails on its own line.
import { defineBulkAction } from "@/lib/http/bulk";
import { closeActionItem } from "./amend-actions";

/** Items are "actionItemId:version"; every selected item is marked done. */
export const closeActionItems = defineBulkAction({
  name: "reviews.close_actions",
  permission: "reviews.participate",
  single: closeActionItem,
  inputOf: (item) => {
    const [actionItemId = "", version = ""] = item.split(":");
    return { actionItemId, version, status: "done" };
  },
});
