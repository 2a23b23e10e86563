package dev.showroom.order.orders;

import jakarta.validation.constraints.NotNull;

/** The handover checklist (docs/process.md, step 9): every item must be ticked for the car to count as delivered. */
public record Handover(
        @NotNull Boolean documentsHandedOver,
        @NotNull Boolean featuresExplained,
        @NotNull Boolean accessoriesHandedOver,
        @NotNull Boolean photoTaken) {

    public java.util.List<String> unticked() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (!documentsHandedOver) {
            missing.add("documentsHandedOver");
        }
        if (!featuresExplained) {
            missing.add("featuresExplained");
        }
        if (!accessoriesHandedOver) {
            missing.add("accessoriesHandedOver");
        }
        if (!photoTaken) {
            missing.add("photoTaken");
        }
        return missing;
    }
}
