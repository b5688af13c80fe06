package dev.sessionjwt.internal.cdi;

/**
 * A {@code @SessionClaim} producer found at deployment.
 *
 * @param shortName the claim's name in the token
 * @param longName  the name readers see
 * @param member    the producer method or field, for messages
 */
record ProducerClaim(String shortName, String longName, String member) {
}
