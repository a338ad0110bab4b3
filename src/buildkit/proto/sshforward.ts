/**
 * Constants of BuildKit's session/sshforward package that are not in sshforward.proto: how a ForwardAgent call names
 * its agent.
 */

/** The header carrying the agent id of a ForwardAgent call (sshforward.KeySSHID). */
export const SSH_ID_HEADER = 'buildkit.ssh.id';
/** The id of `ssh = ["default"]` and of a mount without `id` (sshforward.DefaultID). */
export const DEFAULT_SSH_ID = 'default';
