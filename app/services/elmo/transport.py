"""Getting the ELMO document's bytes out of whatever a contact point or partner sent.

The officer drops or opens a file (or the program receives a return body); what it is, is sniffed from the bytes,
never from a file name: plain XML (with or without a byte order mark or XML declaration), gzip, base64 of either
(line breaks inside allowed, standard or URL-safe alphabet), an EMP return form body
(`application/x-www-form-urlencoded`: `sessionId`, `returnCode`, `returnMessage`, `elmo`), or an EWP Transcript of
Records response with the ELMO inline (see `ewp.py` for how it is taken out unchanged).

What can go wrong: the contact point says there is nothing (cancelled, no results, an error: `EmpReturnedNothing`,
naming the code and its message), or the bytes are not a readable document: empty, too large, damaged or cut short
base64 or gzip, a gzip that unpacks to more than the limit, binary garbage (`ElmoUnreadable`). Nothing here ever
holds more than `max_bytes` of unpacked data.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from urllib.parse import unquote_to_bytes

from app.services.elmo.ewp import tor_grade_tables, unwrap_tor_response
from app.services.elmo.types import Decoded, ElmoUnreadable, EmpReturnedNothing
from app.services.elmo.xmlsafe import MAX_BYTES
from app.services.errors import Problem
from app.services.i18n import QT_TRANSLATE_NOOP

GZIP_MAGIC = b"\x1f\x8b"
_WHITESPACE = b" \t\r\n"
_UTF8_BOM = b"\xef\xbb\xbf"
_OTHER_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
_BASE64_TEXT = re.compile(rb"[A-Za-z0-9+/\-_=\s]+")
_NOT_BASE64 = re.compile(rb"[^A-Za-z0-9+/\-_=\s]")
_SPACES = re.compile(rb"\s+")
_FORM_START = re.compile(rb"[A-Za-z_][A-Za-z0-9_.\-]*=")
FORM_FIELDS = {"sessionid": "sessionId", "returncode": "returnCode", "returnmessage": "returnMessage",
               "elmo": "elmo"}

RETURN_OUTCOMES = ("OK", "CANCEL", "NO_RESULTS", "ERROR")
_CODE_MESSAGES = {
    "CANCEL": QT_TRANSLATE_NOOP(
        "Errors", "The student cancelled at the contact point ({code}), so it returned no results. "
                  "Its message: {reply}"),
    "NO_RESULTS": QT_TRANSLATE_NOOP(
        "Errors", "The contact point found no results to return ({code}). Its message: {reply}"),
    "ERROR": QT_TRANSLATE_NOOP(
        "Errors", "The contact point reported an error ({code}) and returned no results. Its message: {reply}"),
}


def return_outcome(code: str) -> str:
    """What an EMP return code (`NCP_*` or `EMP_*`, or the bare word) says: one of `RETURN_OUTCOMES`, "" when no
    code was sent (older contact points), "UNKNOWN" for anything else."""
    code = code.strip().upper()
    outcome = code.partition("_")[2] if code.startswith(("NCP_", "EMP_")) else code
    return outcome if outcome in RETURN_OUTCOMES or not outcome else "UNKNOWN"


def nothing_returned(code: str, message: str) -> Problem | None:
    """Why a return with this code brings nothing to import (cancelled, no results, an error, an unknown code),
    naming the code and the contact point's message; None for a return with results."""
    outcome = return_outcome(code)
    if outcome in _CODE_MESSAGES:
        return Problem(_CODE_MESSAGES[outcome], code=code, reply=message or "—")
    if outcome == "UNKNOWN":
        return Problem(QT_TRANSLATE_NOOP(
            "Errors", "The contact point returned the unknown code {code} instead of results. Its message: "
                      "{reply}"), code=code, reply=message or "—")
    return None


def decode_transport(data: bytes, *, max_bytes: int = MAX_BYTES) -> Decoded:
    """The ELMO document's bytes as they were signed, and how they travelled (see the module's notes)."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError("decode_transport takes the received bytes")  # a bug in the caller, not bad input
    data = bytes(data)
    if len(data) > max_bytes:
        raise ElmoUnreadable(QT_TRANSLATE_NOOP(
            "Errors", "The document is too large to be a transcript ({size} bytes; at most {limit} are read)."),
            size=len(data), limit=max_bytes)
    body = _trim(data)
    if not body or not body.strip(_WHITESPACE + b"\x00" + _UTF8_BOM):
        raise ElmoUnreadable(QT_TRANSLATE_NOOP("Errors", "The document is empty."))
    if _looks_like_form(body):
        return _decode_form(body, max_bytes)
    layer, xml = _unwrap(body, max_bytes)
    embedded = unwrap_tor_response(xml, max_bytes=max_bytes)
    if embedded is not None:
        return Decoded("ewp-tor", embedded, inner=layer, grade_tables=tor_grade_tables(xml, max_bytes=max_bytes))
    return Decoded(layer, xml)


# -- layers ---------------------------------------------------------------------------------------------------
def _trim(data: bytes) -> bytes:
    """Whitespace around the document removed (it is outside the root element, so no signature covers it, and a
    declaration after a line break is an XML error); UTF-16/32 bytes are left alone."""
    if b"\x00" in data[:4]:
        return data
    if data.startswith(_UTF8_BOM):
        return _UTF8_BOM + data[len(_UTF8_BOM):].strip(_WHITESPACE)
    return data.strip(_WHITESPACE)


def _looks_like_xml(data: bytes) -> bool:
    if data.startswith(_UTF8_BOM):
        return data[len(_UTF8_BOM):].startswith(b"<")
    return data.startswith((b"<", b"<\x00", b"\x00<", b"\x00\x00\x00<") + _OTHER_BOMS)


def _unwrap(body: bytes, max_bytes: int) -> tuple[str, bytes]:
    """("xml" | "gzip" | "base64+xml" | "gzip+base64", the XML bytes) of a document that is not a form."""
    if _looks_like_xml(body):
        return "xml", body
    if body.startswith(GZIP_MAGIC):
        return "gzip", _require_xml(_gunzip(body, max_bytes))
    if _BASE64_TEXT.fullmatch(body):
        raw = _b64decode(body)
        if raw.startswith(GZIP_MAGIC):
            return "gzip+base64", _require_xml(_gunzip(raw, max_bytes))
        inner = _trim(raw)
        if _looks_like_xml(inner):
            return "base64+xml", inner
        raise ElmoUnreadable(QT_TRANSLATE_NOOP(
            "Errors", "The document is base64 text, but what it encodes is neither XML nor gzip-compressed XML."))
    if len(body) >= 64 and len(_NOT_BASE64.findall(body)) * 100 <= len(body):
        raise _bad_base64()  # base64 text with a few stray bytes in it: damaged, not something else
    raise ElmoUnreadable(QT_TRANSLATE_NOOP(
        "Errors", "This is not an ELMO document: it is neither XML, gzip, base64 text nor an EMREX return form."))


def _require_xml(data: bytes) -> bytes:
    inner = _trim(data)
    if not _looks_like_xml(inner):
        raise ElmoUnreadable(QT_TRANSLATE_NOOP(
            "Errors", "The document is gzip-compressed, but what it holds is not XML."))
    return inner


def _b64decode(text: bytes) -> bytes:
    """Standard or URL-safe base64 with any whitespace inside and padding optional."""
    compact = _SPACES.sub(b"", text)
    if b"-" in compact or b"_" in compact:
        if b"+" in compact or b"/" in compact:
            raise _bad_base64()
        compact = compact.translate(bytes.maketrans(b"-_", b"+/"))
    stripped = compact.rstrip(b"=")
    if b"=" in stripped or len(stripped) % 4 == 1 or len(compact) - len(stripped) > 2:
        raise _bad_base64()
    try:
        return base64.b64decode(stripped + b"=" * (-len(stripped) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise _bad_base64() from None


def _bad_base64() -> ElmoUnreadable:
    return ElmoUnreadable(QT_TRANSLATE_NOOP(
        "Errors", "The document looks like base64 text, but it cannot be decoded: it is damaged or cut short."))


MAX_GZIP_MEMBERS = 16


def _gunzip(data: bytes, limit: int) -> bytes:
    """Unpack gzip (several members allowed) a piece at a time, never holding more than `limit` bytes."""
    out = bytearray()
    pending = data
    for _member in range(MAX_GZIP_MEMBERS):
        unpacker = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            while not unpacker.eof:
                piece = unpacker.decompress(pending, limit + 1 - len(out))
                out += piece
                if len(out) > limit:
                    raise ElmoUnreadable(QT_TRANSLATE_NOOP(
                        "Errors", "The compressed document unpacks to more than {limit} bytes and is refused: no "
                                  "transcript is that large, and this is a known way to attack programs."),
                        limit=limit)
                pending = unpacker.unconsumed_tail
                if not pending and not piece and not unpacker.eof:
                    raise ElmoUnreadable(QT_TRANSLATE_NOOP(
                        "Errors", "The compressed document is cut short: its end is missing."))
        except zlib.error as exc:
            raise ElmoUnreadable(QT_TRANSLATE_NOOP(
                "Errors", "The compressed document is damaged and cannot be unpacked ({detail})."),
                detail=str(exc)) from None
        rest = unpacker.unused_data
        if rest.startswith(GZIP_MAGIC):
            pending = rest  # a further gzip member
            continue
        if rest.strip(_WHITESPACE + b"\x00"):
            raise ElmoUnreadable(QT_TRANSLATE_NOOP(
                "Errors", "The compressed document is followed by data that does not belong to it."))
        return bytes(out)
    # real senders write one member; thousands of (empty) ones only make unpacking slow
    raise ElmoUnreadable(QT_TRANSLATE_NOOP(
        "Errors", "The compressed document consists of too many parts and is refused."))


# -- EMP return form --------------------------------------------------------------------------------------------
def _looks_like_form(body: bytes) -> bool:
    if not _FORM_START.match(body):
        return False
    names = {_form_text(part.partition(b"=")[0]).strip().lower() for part in body.split(b"&")}
    return bool(names & FORM_FIELDS.keys())


def _form_text(raw: bytes) -> str:
    return unquote_to_bytes(raw.replace(b"+", b" ")).decode("utf-8", "replace")


def _decode_form(body: bytes, max_bytes: int) -> Decoded:
    """An EMP's return POST body. `+` stands for a space in form encoding; an `elmo` value that is base64 may have
    been form-decoded once too often (or never encoded), so spaces in it are taken back to `+`."""
    fields: dict[str, bytes] = {}
    for part in body.split(b"&"):
        raw_name, _, raw_value = part.strip(_WHITESPACE).partition(b"=")
        name = FORM_FIELDS.get(_form_text(raw_name).strip().lower())
        if name is None:
            continue  # other fields a contact point may add
        if name in fields:
            raise ElmoUnreadable(QT_TRANSLATE_NOOP(
                "Errors", "The return form of the contact point has the field \"{field}\" twice; it is refused."),
                field=name)
        fields[name] = raw_value
    session_id = _form_text(fields.get("sessionId", b"")).strip()
    code = _form_text(fields.get("returnCode", b"")).strip().upper()
    message = " ".join(_form_text(fields.get("returnMessage", b"")).split())
    elmo = unquote_to_bytes(fields.get("elmo", b"").replace(b"+", b" "))
    elmo = _trim(elmo)
    problem = nothing_returned(code, message)
    if problem is not None:
        raise EmpReturnedNothing(problem.message, **problem.params)
    if not elmo:
        raise EmpReturnedNothing(QT_TRANSLATE_NOOP(
            "Errors", "The contact point reported success ({code}) but sent no document."), code=code or "—")
    if not _looks_like_xml(elmo) and not elmo.startswith(GZIP_MAGIC):
        elmo = elmo.replace(b" ", b"+")
    inner, xml = _unwrap(elmo, max_bytes)
    return Decoded("form", xml, inner=inner, session_id=session_id, return_code=code, return_message=message)
