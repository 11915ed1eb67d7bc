// The part of smtp-server's API the SMTP delivery test uses (the package ships no types).
declare module "smtp-server" {
  import type { Server } from "node:net";
  import type { Readable } from "node:stream";

  type Address = { address: string };
  export type SMTPServerSession = { envelope: { mailFrom: Address | false; rcptTo: Address[] } };
  export type SMTPServerOptions = {
    authOptional?: boolean;
    disabledCommands?: string[];
    logger?: boolean;
    onData?: (stream: Readable, session: SMTPServerSession, callback: (error?: Error | null) => void) => void;
  };
  export class SMTPServer {
    constructor(options?: SMTPServerOptions);
    server: Server;
    listen(port: number, host: string, callback?: () => void): Server;
    close(callback?: () => void): void;
  }
}
