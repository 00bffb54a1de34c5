#!/usr/bin/env python3
"""Writes the seed corpus of WireCodecFuzzTest (Jazzer's inputs directory), one file per seed.

Each seed is a hand-laid buffer in the wire format of reference/.../wire/WireCodec (DOMAIN.md
sections 1-2): le32 virtual_device_id, [le32 member_generation,] u8 class, u8 command, data, u8 ack.
The fuzz test decodes every seed as an admin CVQ buffer in both layouts (the thread's, and with
this project's member_generation; TotalVFs 4 and 2^31-1) and as a VF's own CVQ buffer, so each file
exercises every layout. Re-running this script rewrites the same files.

Usage: tools/make-fuzz-seeds.py   (from the repository root)
"""
import os
import shutil

DIR = ("reference/src/test/resources/dev/admincvq/reference/wire/WireCodecFuzzTestInputs/"
       "anyBytesDecodeToACanonicalCommandOrToATypedErrorNamingAnOffset")


def le32(n):
    return bytes([n & 0xFF, (n >> 8) & 0xFF, (n >> 16) & 0xFF, (n >> 24) & 0xFF])


MAC_CLASS, MAC_ADDR_SET = 0x01, 0x01
RX_CLASS, PROMISC, ALLMULTI = 0x00, 0x00, 0x01
TRUST_CLASS, TRUST_SET = 0x80, 0x00
OK, ERR, UNWRITTEN = 0x00, 0x01, 0xFF
SPEC_MAC_1 = bytes([0x02, 0, 0, 0, 0, 0x01])
SPEC_MAC_2 = bytes([0x02, 0, 0, 0, 0, 0x02])
OTHER_MAC = bytes([0x0A, 0x1B, 0x2C, 0x3D, 0x4E, 0x5F])

SEEDS = {
    # valid admin CVQ commands, one of each class and each ack
    "admin-setmac-vf3-unwritten": le32(3) + bytes([MAC_CLASS, MAC_ADDR_SET]) + SPEC_MAC_1 + bytes([UNWRITTEN]),
    "admin-setmac-pf-other-mac-ok": le32(0) + bytes([MAC_CLASS, MAC_ADDR_SET]) + OTHER_MAC + bytes([OK]),
    "admin-rx-promisc-on-pf-ok": le32(0) + bytes([RX_CLASS, PROMISC, 1, OK]),
    "admin-rx-allmulti-off-vf1-err": le32(1) + bytes([RX_CLASS, ALLMULTI, 0, ERR]),
    "admin-trust-on-vf4-unwritten": le32(4) + bytes([TRUST_CLASS, TRUST_SET, 1, UNWRITTEN]),
    "admin-trust-off-vf2-ok": le32(2) + bytes([TRUST_CLASS, TRUST_SET, 0, OK]),
    # valid VF own-CVQ commands (no virtual_device_id)
    "vf-setmac-ok": bytes([MAC_CLASS, MAC_ADDR_SET]) + SPEC_MAC_2 + bytes([OK]),
    "vf-rx-promisc-off-unwritten": bytes([RX_CLASS, PROMISC, 0, UNWRITTEN]),
    "vf-trust-on-err": bytes([TRUST_CLASS, TRUST_SET, 1, ERR]),
    # truncated: before/inside each field
    "truncated-empty": b"",
    "truncated-inside-id": bytes([1, 0]),
    "truncated-before-class": le32(1),
    "truncated-before-command": le32(1) + bytes([MAC_CLASS]),
    "truncated-before-ack": le32(1) + bytes([MAC_CLASS, MAC_ADDR_SET]),
    "truncated-mac-data": le32(1) + bytes([MAC_CLASS, MAC_ADDR_SET]) + SPEC_MAC_1[:3],
    # unknown class / command
    "unknown-class-2": le32(1) + bytes([0x02, 0x00, 0, OK]),
    "unknown-class-ff": le32(1) + bytes([0xFF, 0xFF, 0, OK]),
    "unknown-command-mac-0": le32(1) + bytes([MAC_CLASS, 0x00]) + SPEC_MAC_1 + bytes([OK]),
    "unknown-command-rx-alluni": le32(1) + bytes([RX_CLASS, 0x02, 1, OK]),
    "unknown-command-trust-1": le32(1) + bytes([TRUST_CLASS, 0x01, 1, OK]),
    # wrong data length
    "wrong-length-mac-7": le32(1) + bytes([MAC_CLASS, MAC_ADDR_SET]) + SPEC_MAC_1 + bytes([0, OK]),
    "wrong-length-trust-0": le32(1) + bytes([TRUST_CLASS, TRUST_SET, OK]),
    "wrong-length-rx-2": le32(1) + bytes([RX_CLASS, PROMISC, 1, 1, OK]),
    # bad virtual_device_id (above NumVFs = 4; the largest unsigned; 2^31 is above Integer.MAX_VALUE)
    "bad-id-5": le32(5) + bytes([TRUST_CLASS, TRUST_SET, 1, OK]),
    "bad-id-2pow31": le32(1 << 31) + bytes([TRUST_CLASS, TRUST_SET, 1, OK]),
    "bad-id-max-unsigned": le32(0xFFFFFFFF) + bytes([TRUST_CLASS, TRUST_SET, 1, OK]),
    "big-id-2pow31-minus-1": le32((1 << 31) - 1) + bytes([RX_CLASS, ALLMULTI, 1, OK]),
    # bad flag value, bad ack
    "bad-flag-2": le32(1) + bytes([RX_CLASS, PROMISC, 2, OK]),
    "bad-flag-80": le32(1) + bytes([TRUST_CLASS, TRUST_SET, 0x80, OK]),
    "bad-ack-7": le32(1) + bytes([TRUST_CLASS, TRUST_SET, 1, 7]),
    "bad-ack-fe": le32(0) + bytes([MAC_CLASS, MAC_ADDR_SET]) + SPEC_MAC_1 + bytes([0xFE]),
    # valid with member_generation (the proposal's layout): id, generation, then the ctrl
    "gen-setmac-vf1-gen3-unwritten": le32(1) + le32(3) + bytes([MAC_CLASS, MAC_ADDR_SET]) + SPEC_MAC_1 + bytes([UNWRITTEN]),
    "gen-trust-on-vf4-gen1-ok": le32(4) + le32(1) + bytes([TRUST_CLASS, TRUST_SET, 1, OK]),
    "gen-rx-promisc-pf-gen0-err": le32(0) + le32(0) + bytes([RX_CLASS, PROMISC, 1, ERR]),
    "gen-truncated-inside-generation": le32(1) + bytes([3, 0]),
    "gen-max-unsigned-generation": le32(2) + le32(0xFFFFFFFF) + bytes([RX_CLASS, ALLMULTI, 0, OK]),
}


def main():
    if os.path.isdir(DIR):
        shutil.rmtree(DIR)
    os.makedirs(DIR)
    for name, data in sorted(SEEDS.items()):
        with open(os.path.join(DIR, name), "wb") as f:
            f.write(data)
    print(f"{len(SEEDS)} seeds in {DIR}")


if __name__ == "__main__":
    main()
