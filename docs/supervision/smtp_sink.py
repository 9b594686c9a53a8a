#!/usr/bin/env python3
"""A local SMTP server that accepts every mail and appends it to a file as one JSON line
(sender, recipients, subject): for the scripted 督办 run, never for real mail.

usage: smtp_sink.py PORT OUTFILE
"""
import asyncio
import email
import email.header
import json
import sys


def subject_of(data: bytes) -> str:
    message = email.message_from_bytes(data)
    parts = email.header.decode_header(message.get("Subject", ""))
    return "".join(p.decode(c or "utf-8") if isinstance(p, bytes) else p for p, c in parts)


async def handle(reader, writer, out):
    def say(line):
        writer.write((line + "\r\n").encode())

    say("220 sink ready")
    sender, recipients = None, []
    while True:
        line = await reader.readline()
        if not line:
            break
        command = line.decode(errors="replace").strip()
        verb = command[:4].upper()
        if verb in ("EHLO", "HELO"):
            say("250 sink")
        elif verb == "MAIL":
            sender, recipients = command[10:].strip("<> "), []
            say("250 ok")
        elif verb == "RCPT":
            recipients.append(command[8:].strip("<> "))
            say("250 ok")
        elif verb == "DATA":
            say("354 go on")
            await writer.drain()
            data = b""
            while True:
                chunk = await reader.readline()
                if chunk in (b".\r\n", b".\n", b""):
                    break
                data += chunk
            with open(out, "a", encoding="utf-8") as f:
                f.write(json.dumps({"from": sender, "to": recipients, "subject": subject_of(data)},
                                   ensure_ascii=False) + "\n")
            say("250 stored")
        elif verb == "QUIT":
            say("221 bye")
            await writer.drain()
            break
        else:
            say("250 ok")
        await writer.drain()
    writer.close()


async def main(port, out):
    server = await asyncio.start_server(lambda r, w: handle(r, w, out), "127.0.0.1", port)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), sys.argv[2]))
