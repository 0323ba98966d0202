"""Creators: the key names and handles are compared by, and matching a new deal to a creator
already known so nobody is recorded twice."""

import unicodedata
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from bot.core.addresses import address_key
from bot.store.models import (
    Creator,
    CreatorAddress,
    CreatorHandle,
    Workspace,
    row_id,
)

if TYPE_CHECKING:
    from bot.core.deals import NewDeal


def text_key(text: str) -> str:
    """The form names and handles are compared in: case-, width- and spacing-insensitive."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def find_creator(session: Session, ws: Workspace, spec: "NewDeal") -> Creator | None:
    keys = [address_key(e) for e in spec.emails]
    if keys:
        creator = session.exec(
            select(Creator)
            .join(CreatorAddress, col(CreatorAddress.creator_id) == Creator.id)
            .where(
                CreatorAddress.workspace_id == ws.id,
                Creator.workspace_id == ws.id,
                col(CreatorAddress.address_key).in_(keys),
            )
            .limit(1)
        ).first()
        if creator:
            return creator
    if spec.handle:
        return session.exec(
            select(Creator)
            .join(CreatorHandle, col(CreatorHandle.creator_id) == Creator.id)
            .where(
                CreatorHandle.workspace_id == ws.id,
                Creator.workspace_id == ws.id,
                CreatorHandle.handle_key == text_key(spec.handle),
                CreatorHandle.platform == spec.platform,
            )
            .limit(1)
        ).first()
    return None


def attach_contacts(
    session: Session, ws: Workspace, creator: Creator, spec: "NewDeal", *, replace: bool = False
) -> None:
    """Add the addresses and handle given; with `replace` (an edit), the addresses given are
    the creator's and manager's whole list, so a mistyped one can be removed."""
    on_file = {
        (a.address_key, a.role): a
        for a in session.exec(
            select(CreatorAddress).where(
                CreatorAddress.creator_id == creator.id, CreatorAddress.workspace_id == ws.id
            )
        )
    }
    wanted = [(e, "creator") for e in spec.emails] + [(m, "manager") for m in spec.managers]
    keys = {(address_key(e), role) for e, role in wanted}
    if replace:
        for key, address in on_file.items():
            if key not in keys:
                session.delete(address)
    for email, role in wanted:
        key = (address_key(email), role)
        if key not in on_file:
            on_file[key] = CreatorAddress(
                workspace_id=row_id(ws),
                creator_id=row_id(creator),
                address=email,
                address_key=key[0],
                role=role,
            )
            session.add(on_file[key])
    if spec.handle:
        exists = session.exec(
            select(CreatorHandle.id).where(
                CreatorHandle.creator_id == creator.id,
                CreatorHandle.platform == spec.platform,
                CreatorHandle.handle_key == text_key(spec.handle),
            )
        ).first()
        if exists is None:
            session.add(
                CreatorHandle(
                    workspace_id=row_id(ws),
                    creator_id=row_id(creator),
                    platform=spec.platform,
                    handle=spec.handle,
                    handle_key=text_key(spec.handle),
                )
            )
