package dev.showroom.lead.intake.importing;

/** One prospect read from an import file, before validation; {@code problem} is set when it could not be read. */
public record ImportedRecord(
        int index,
        String name,
        String phone,
        String email,
        String channel,
        String sourceDetail,
        String modelOfInterest,
        String notes,
        String problem) {

    static ImportedRecord unreadable(int index, String problem) {
        return new ImportedRecord(index, null, null, null, null, null, null, null, problem);
    }
}
