import type { CaseDocument } from "@/lib/case/schema";

export function ParticipantList({ participants }: { participants: CaseDocument["participants"] }) {
  return (
    <div className="prose-text">
      <p>Participants who worked with the city case came from:</p>
      <ul>
        {participants.map((participant, index) => (
          <li key={index}>{participant.name}</li>
        ))}
      </ul>
    </div>
  );
}
