package dev.showroom.aftersales.messaging;

/**
 * A provider of one channel (SMS or e-mail). Implementations never log the address or the text: the message id
 * and the channel only.
 */
public interface MessageSender {

    /**
     * Hands the message to the provider.
     *
     * @return true when the provider also reports it delivered (the local provider); false when a delivery receipt
     *     may follow on the inbound webhook
     * @throws RuntimeException the provider refused it now (tried again later)
     */
    boolean send(OutgoingMessage message, String address);
}
