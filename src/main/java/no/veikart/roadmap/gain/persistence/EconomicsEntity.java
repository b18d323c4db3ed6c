package no.veikart.roadmap.gain.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The cost side of one initiative's gain plan; amounts are exact decimals kept as plain text. One row per initiative. */
@Preload
@Table("GAIN_ECONOMICS")
public interface EconomicsEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @StringLength(64)
    String getHourlyRate();

    void setHourlyRate(String rate);

    @StringLength(8)
    String getCurrencyCode();

    void setCurrencyCode(String currency);

    @StringLength(64)
    String getDiscountRate();

    void setDiscountRate(String percent);

    @NotNull
    int getHorizonYears();

    void setHorizonYears(int years);

    @StringLength(64)
    String getInvestment();

    void setInvestment(String amount);

    @StringLength(64)
    String getRunningCost();

    void setRunningCost(String amount);

    @StringLength(64)
    String getTrainingHours();

    void setTrainingHours(String hoursPerEmployee);

    @NotNull
    int getEmployees();

    void setEmployees(int employees);

    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
