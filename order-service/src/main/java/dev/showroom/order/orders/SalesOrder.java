package dev.showroom.order.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An order and its contract (the order number is the contract number). */
@Entity
@Table(name = "sales_order")
public class SalesOrder extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    public String dealerId;
    public String orderNumber;
    public UUID quoteId;
    public UUID leadId;
    public String consultantId;
    @Enumerated(EnumType.STRING)
    public OrderStatus status;
    /** Frozen at acceptance. */
    @JdbcTypeCode(SqlTypes.JSON)
    public ContractTerms terms;
    public BigDecimal total;
    public String currency;
    public BigDecimal depositAmount;
    public LocalDate expectedDeliveryDate;
    public String signedBy;
    public String customerSignatory;
    public Instant signedAt;
    public BigDecimal depositPaid;
    public String depositMethod;
    public Instant depositPaidAt;
    public String vin;
    public UUID vehicleId;
    public Instant allocatedAt;
    /** Why the order still waits for a car, while it does. */
    public String allocationNote;
    @JdbcTypeCode(SqlTypes.JSON)
    public PdiRecord pdi;
    public Instant pdiPassedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public Handover handover;
    public Instant deliveredAt;
    public String deliveredBy;
    public String cancelReason;
    public BigDecimal refundAmount;
    public String previousState;
    public Instant cancelledAt;
    public String cancelledBy;
    public Instant createdAt;
    @Version
    public long version;

    /** The last inspection: each item passed or not, who inspected, when. */
    public record PdiRecord(Map<PdiItem, Boolean> items, boolean passed, String note, String inspectedBy,
            Instant inspectedAt) {
    }
}
