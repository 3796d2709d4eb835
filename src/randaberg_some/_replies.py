"""The moderators' standard replies: one text per finding, in bokmål, nynorsk and English.

The rules come from the research notes (§3.4) and the sources behind them: a reply never
repeats the personal data, never confirms or denies that a case exists (forvaltningsloven
§ 13: even a birth date can reveal a client relationship), points to one channel, and says
why a comment was hidden. The replies are built here from the kinds of finding only; the
comment itself never reaches this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from .messages import Lang, Message
from .organisation import Channels, Organisation

__all__ = ["channel_sentence", "reply_message"]

# What a reply says was found. Identity numbers of every kind are named alike: naming a
# help number (a health-sector number) in public would hint at a health relation.
_IDENTITY: Final = Message(nb="identitetsnummer", nn="identitetsnummer", en="identity number")
_REPLY_KINDS: Final = {
    "national_id": _IDENTITY,
    "d_number": _IDENTITY,
    "help_number": _IDENTITY,
    "phone": Message(nb="telefonnummer", nn="telefonnummer", en="phone number"),
    "email": Message(nb="e-postadresse", nn="e-postadresse", en="e-mail address"),
    "account_number": Message(nb="kontonummer", nn="kontonummer", en="account number"),
}
_OTHER: Final = Message(nb="personopplysninger", nn="personopplysningar", en="personal details")

_AND: Final = Message(nb=" og ", nn=" og ", en=" and ")

_EDIALOG: Final = Message(
    nb="Send henvendelsen din via eDialog på {value} (innlogging med ID-porten), så får du "
    "svar fra riktig avdeling.",
    nn="Send førespurnaden din via eDialog på {value} (innlogging med ID-porten), så får du "
    "svar frå rett avdeling.",
    en="Send your enquiry through eDialog at {value} (log in with ID-porten), and the right "
    "department will answer you.",
)
_EMAIL: Final = Message(
    nb="Send henvendelsen din på e-post til {value}, så får du svar fra riktig avdeling. "
    "Ikke send fødselsnummer eller andre sensitive opplysninger på e-post.",
    nn="Send førespurnaden din på e-post til {value}, så får du svar frå rett avdeling. "
    "Ikkje send fødselsnummer eller andre sensitive opplysningar på e-post.",
    en="Send your enquiry by e-mail to {value}, and the right department will answer you. "
    "Do not send your national ID number or other sensitive details by e-mail.",
)
_PHONE: Final = Message(
    nb="Ring oss på {value}, så får du svar fra riktig avdeling.",
    nn="Ring oss på {value}, så får du svar frå rett avdeling.",
    en="Call us on {value}, and the right department will answer you.",
)
_LETTER: Final = Message(
    nb="Send henvendelsen din som brev til postmottaket til {value}, så får du svar fra "
    "riktig avdeling.",
    nn="Send førespurnaden din som brev til postmottaket til {value}, så får du svar frå "
    "rett avdeling.",
    en="Send your enquiry by letter to the post room (postmottak) of {value}, and the right "
    "department will answer you.",
)

_HERE: Final = Message(nb="i sosiale medier", nn="i sosiale medium", en="on social media")
_ON: Final = Message(nb="på {platform}", nn="på {platform}", en="on {platform}")

_CASE: Final = Message(
    nb="Hei! Vi kan dessverre ikke behandle eller kommentere enkeltsaker her {where}, og du "
    "bør ikke skrive personopplysninger i kommentarfeltet. {channel}",
    nn="Hei! Vi kan dessverre ikkje handsame eller kommentere enkeltsaker her {where}, og du "
    "bør ikkje skrive personopplysningar i kommentarfeltet. {channel}",
    en="Hello! We cannot deal with or comment on individual cases here {where}, and please "
    "do not write personal details in the comments. {channel}",
)
_HIDDEN: Final = Message(
    nb="Hei! Vi har skjult kommentaren din fordi den inneholdt personopplysninger ({kinds}). "
    "Det gjør vi for å beskytte deg og andre. {channel}",
    nn="Hei! Vi har gøymt kommentaren din fordi han inneheldt personopplysningar ({kinds}). "
    "Det gjer vi for å verne deg og andre. {channel}",
    en="Hello! We have hidden your comment because it contained personal details ({kinds}). "
    "We do this to protect you and others. {channel}",
)
_HIDDEN_CASE: Final = Message(
    nb="Hei! Vi har skjult kommentaren din fordi den inneholdt personopplysninger ({kinds}). "
    "Det gjør vi for å beskytte deg og andre. Vi kan heller ikke behandle eller kommentere "
    "enkeltsaker her {where}. {channel}",
    nn="Hei! Vi har gøymt kommentaren din fordi han inneheldt personopplysningar ({kinds}). "
    "Det gjer vi for å verne deg og andre. Vi kan heller ikkje handsame eller kommentere "
    "enkeltsaker her {where}. {channel}",
    en="Hello! We have hidden your comment because it contained personal details ({kinds}). "
    "We do this to protect you and others. Nor can we deal with or comment on individual "
    "cases here {where}. {channel}",
)


def channel_sentence(organisation: Organisation, *, sensitive: bool) -> Message:
    """The one channel a reply points to, as a sentence in three languages.

    eDialog when the organisation has it; else, for a matter without personal data, the
    postmottak e-mail; else the phone; else a letter to the organisation's postmottak.
    """
    channels: Channels = organisation.channels
    if channels.edialog is not None:
        return _EDIALOG.format(value=channels.edialog)
    if not sensitive and channels.postmottak is not None:
        return _EMAIL.format(value=channels.postmottak)
    if channels.phone is not None:
        return _PHONE.format(value=channels.phone)
    return _LETTER.format(value=organisation.name)


def _joined(kinds: Sequence[str], lang: Lang) -> str:
    labels: list[str] = []
    for kind in kinds:
        label = _REPLY_KINDS.get(kind, _OTHER).text(lang)
        if label not in labels:
            labels.append(label)
    if len(labels) <= 1:
        return "".join(labels) or _OTHER.text(lang)
    return ", ".join(labels[:-1]) + _AND.text(lang) + labels[-1]


def reply_message(
    personal: Sequence[str],
    case: bool,
    organisation: Organisation,
    platform: str | None,
) -> Message | None:
    """The standard reply, or ``None`` when nothing calls for one.

    Args:
        personal: The kinds (values) of the personal findings, in the order of the text.
        case: Whether a case request or case reference was found.
        organisation: Whose channels the reply names.
        platform: The platform's name as people write it ("Facebook"), or ``None``.
    """
    if not personal and not case:
        return None
    where = _HERE if platform is None else _ON.format(platform=platform)
    channel = channel_sentence(organisation, sensitive=bool(personal))
    if not personal:
        return _CASE.format(where=where, channel=channel)
    kinds = Message(
        nb=_joined(personal, "nb"), nn=_joined(personal, "nn"), en=_joined(personal, "en")
    )
    template = _HIDDEN_CASE if case else _HIDDEN
    return template.format(where=where, kinds=kinds, channel=channel)
