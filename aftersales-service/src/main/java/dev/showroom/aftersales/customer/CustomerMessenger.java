package dev.showroom.aftersales.customer;

/**
 * Sends a short text to a customer through their own channel (today: their phone). The default is the
 * local provider ({@link LocalMessageBox}); a deployment with an SMS gateway replaces it with its own bean.
 * Implementations never log the text (it may hold a single-use link) or the phone.
 */
public interface CustomerMessenger {

    /** Sends {@code text} to the customer, who has a phone; returns the channel used (e.g. SMS). */
    String send(Customer customer, String text);
}
