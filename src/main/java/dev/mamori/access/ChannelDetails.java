package dev.mamori.access;

/**
 * Authentication details that say through which channel a principal came in.
 * Authentication mechanisms attach it so that {@link CurrentActor} can name the channel
 * in audit entries.
 */
public record ChannelDetails(String channel) {

}
