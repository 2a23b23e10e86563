package dev.showroom.visit.testdrive;

/** BOOKED and IN_PROGRESS hold the car's slot (the exclusion constraint); the others free it. */
public enum TestDriveStatus {
    BOOKED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED,
    NO_SHOW
}
